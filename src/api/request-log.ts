/**
 * One attempt of an API call, for `--debug` output. It never carries headers,
 * bodies or the query string, so it cannot leak a token.
 */
export interface RequestLogEvent {
  method: string;

  /** Path below the base URL, without the query string. */
  path: string;

  /** HTTP status, or null when no response arrived. */
  status: number | null;

  durationMs: number;
  outcome: 'ok' | 'http-error' | 'timeout' | 'network';
}
