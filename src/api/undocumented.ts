/**
 * Every guess the client makes about what Siro's OpenAPI document leaves out.
 * Each one is marked, so it is easy to change when the truth is known.
 */

/**
 * Query parameters of a list request.
 *
 * NOTE: a guess. List responses carry `cursor` (null on the last page), but no
 * request parameter is declared for `GET /v1/core/organizations` or
 * `GET /v1/core/auth/tokens`. Other Siro list endpoints take `cursor` and
 * `pageSize` as query parameters, so the client sends those names.
 */
export const PAGINATION_QUERY = {
  cursor: 'cursor',
  pageSize: 'pageSize',
} as const;

/**
 * Page size the client asks for. A server that ignores it, or caps it lower,
 * is still read correctly because the client follows `cursor` either way.
 */
export const REQUESTED_PAGE_SIZE = 100;

/**
 * Query parameter that names the organization when an org-group token lists
 * or revokes an organization's tokens.
 *
 * NOTE: a guess. The document says an org-group token "must pass selector"
 * to list tokens without naming it. Siro's OAuth-app listing takes the
 * organization as an `organizationId` query parameter. The client also sends
 * it on `DELETE /v1/core/auth/tokens/{id}`, where the document mentions no
 * selector, because a server that does not need it should ignore it.
 */
export const ORGANIZATION_SELECTOR_QUERY = 'organizationId';

/**
 * Finds the human-readable message in an error response body.
 *
 * NOTE: a guess. The document declares no error bodies. Siro returns a JSON
 * body whose shape is undocumented, so this looks in the places common APIs
 * use: `message`, `error`, `error.message`, `detail` and `errors[0].message`.
 * A plain-text body is used whole, and cleanServerMessage truncates it later.
 * Returns undefined when no message is found.
 */
export function findErrorMessage(body: string, contentType: string | undefined): string | undefined {
  const json = parseJson(body);
  if (json !== undefined) {
    return findMessageInJson(json);
  }

  const isPlainText = contentType?.toLowerCase().startsWith('text/plain') ?? false;
  if (isPlainText && body.trim() !== '') {
    return body;
  }

  return undefined;
}

function findMessageInJson(json: unknown): string | undefined {
  if (typeof json === 'string') {
    return nonEmpty(json);
  }

  if (!isRecord(json)) {
    return undefined;
  }

  const error = json['error'];
  const errors = json['errors'];
  const firstError = Array.isArray(errors) ? (errors[0] as unknown) : undefined;

  const candidates: unknown[] = [
    json['message'],
    error,
    isRecord(error) ? error['message'] : undefined,
    json['detail'],
    isRecord(firstError) ? firstError['message'] : undefined,
  ];

  for (const candidate of candidates) {
    if (typeof candidate === 'string' && nonEmpty(candidate) !== undefined) {
      return candidate;
    }
  }
  return undefined;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function nonEmpty(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
