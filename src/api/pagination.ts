import type { Page } from './decode.js';
import { SiroApiError } from './errors.js';

/**
 * Maximum pages read from one list call, a safety net against a server that
 * keeps returning new cursors. At 10 items a page that is 100,000 items, an
 * estimate well above the size of any org-group.
 */
export const MAX_PAGES = 10_000;

/**
 * Yields the items of each page as it arrives, following the cursor until
 * it is null. Rejects with a `pagination` SiroApiError when a page repeats a
 * cursor already seen, before yielding that page, or after MAX_PAGES pages.
 */
export async function* readPages<T>(
  call: string,
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
): AsyncGenerator<T[], void, undefined> {
  const seenCursors = new Set<string>();
  let cursor: string | null = null;

  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const page: Page<T> = await fetchPage(cursor);

    if (page.cursor !== null && seenCursors.has(page.cursor)) {
      throw new SiroApiError(
        `${call} failed: the server repeated a cursor it had already returned (page ${pageNumber}), so siro-token stopped reading to avoid an endless loop.`,
        { kind: 'pagination', call },
      );
    }

    yield page.items;

    if (page.cursor === null) {
      return;
    }
    seenCursors.add(page.cursor);
    cursor = page.cursor;
  }

  throw new SiroApiError(
    `${call} failed: the server returned more than ${MAX_PAGES} pages, so siro-token stopped reading to avoid an endless loop.`,
    { kind: 'pagination', call },
  );
}
