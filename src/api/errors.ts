/**
 * The one error type the API client rejects with. Its message is a full
 * sentence for the user: it names the call, the status and the server's own
 * message when there is one, and never contains a token.
 */

export type SiroApiErrorKind =
  /** The server responded with a non-2xx status. */
  | 'http'
  /** No response arrived within the client's timeout. */
  | 'timeout'
  /** The connection failed or dropped. */
  | 'network'
  /** A 2xx response whose body does not match the OpenAPI document. */
  | 'malformed'
  /** A list call returned a cursor it had already returned. */
  | 'pagination';

export interface SiroApiErrorDetails {
  kind: SiroApiErrorKind;

  /** Method and path, for example `GET /v1/core/organizations`. */
  call: string;

  status?: number;

  /** The server's message from the error body, cleaned of control characters. */
  serverMessage?: string;

  /** Seconds from a Retry-After header on a 429 or 503. */
  retryAfterSeconds?: number;

  /**
   * True when the request may have reached the server and taken effect
   * although no response arrived (a timeout or dropped connection on POST or DELETE).
   */
  mayHaveTakenEffect?: boolean;
}

export class SiroApiError extends Error {
  readonly kind: SiroApiErrorKind;
  readonly call: string;
  readonly status: number | undefined;
  readonly serverMessage: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly mayHaveTakenEffect: boolean;

  constructor(message: string, details: SiroApiErrorDetails) {
    super(message);
    this.name = 'SiroApiError';
    this.kind = details.kind;
    this.call = details.call;
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.mayHaveTakenEffect = details.mayHaveTakenEffect ?? false;
  }

  /** True for 401: the token is missing, mistyped, revoked or for another environment. */
  get isUnauthorized(): boolean {
    return this.kind === 'http' && this.status === 401;
  }
}
