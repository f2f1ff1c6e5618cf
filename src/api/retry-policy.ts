/**
 * When a failed call is tried again. Only GET calls are retried: a POST or
 * DELETE that reached the server may have taken effect, and repeating it
 * could create a second token.
 */

/** Retries after the first attempt, so a GET is sent at most three times. */
export const MAX_RETRIES = 2;

/** Longest Retry-After the client waits for; a longer one fails the call at once. */
export const MAX_RETRY_AFTER_MS = 30_000;

/** Statuses worth another try: the rate limit, and server faults that are often brief. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Parses a Retry-After header, which contains either seconds or an HTTP date.
 * Returns whole seconds from `nowMs`, or undefined when the header is absent
 * or invalid.
 */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) {
    return undefined;
  }

  const text = header.trim();
  if (/^\d+$/.test(text)) {
    return Number(text);
  }

  // Every HTTP date format starts with the day name. Checking for it stops
  // Date.parse from reading text such as "-3" as a year.
  const dateMs = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(dateMs)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}

/** Wait before retry number `retry` (0 for the first) when the server sent no Retry-After: 300 ms, then 900 ms. */
export function backoffDelayMs(retry: number): number {
  return 300 * 3 ** retry;
}
