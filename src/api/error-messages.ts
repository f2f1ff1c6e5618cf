/**
 * The sentences of SiroApiError messages. Each starts with the call, such as
 * `GET /v1/core/organizations`, so the user knows which request failed.
 */
import { STATUS_CODES } from 'node:http';

import { endSentence } from './server-message.js';

/** Documented by Siro for every token. */
const RATE_LIMIT = '1000 requests per token per minute';

export interface HttpErrorContext {
  call: string;
  status: number;

  /** Already cleaned by cleanServerMessage. */
  serverMessage: string | undefined;

  /** Sentence for a 404, naming the id that was not found. */
  notFound: string | undefined;

  retryAfterSeconds: number | undefined;

  /** How many times the call was sent, counting retries. */
  attempts: number;
}

/** Builds the message of a non-2xx response, for example `GET /v1/core/organizations failed with 403 Forbidden: Token may not act on this organization.` */
export function describeHttpError(context: HttpErrorContext): string {
  const reason = STATUS_CODES[context.status];
  const statusText = reason === undefined ? String(context.status) : `${context.status} ${reason}`;
  const tries = context.attempts > 1 ? ` (tried ${context.attempts} times)` : '';

  const first =
    context.serverMessage === undefined
      ? `${context.call} failed with ${statusText}${tries}.`
      : `${context.call} failed with ${statusText}${tries}: ${endSentence(context.serverMessage)}`;

  const hint = hintForStatus(context);
  return hint === undefined ? first : `${first} ${hint}`;
}

function hintForStatus(context: HttpErrorContext): string | undefined {
  const { status } = context;

  if (status === 401) {
    return 'Siro rejected the token: it may be mistyped, revoked, or for another environment.';
  }
  if (status === 403) {
    return 'The token is not allowed to do this: only an org-group token can list organizations or create and revoke tokens, and only for the organizations of its group.';
  }
  if (status === 404) {
    return context.notFound ?? 'The requested item was not found.';
  }
  if (status === 429) {
    const wait =
      context.retryAfterSeconds === undefined
        ? 'Wait a minute and try again.'
        : `Siro asked to wait ${context.retryAfterSeconds} s (Retry-After) before trying again.`;
    return `The Siro rate limit (${RATE_LIMIT}) was exceeded. ${wait}`;
  }
  if (status >= 500) {
    return 'Siro could not complete the request; try again later.';
  }
  if (status >= 300 && status < 400) {
    return 'Check the API URL: Siro does not redirect API calls.';
  }
  return undefined;
}

/** Builds the message of a call that got no response in time, such as `... timed out after 15 s.` */
export function describeTimeout(call: string, timeoutMs: number, uncertainOutcome: string | undefined): string {
  const first = `${call} timed out after ${formatSeconds(timeoutMs)} s.`;
  return uncertainOutcome === undefined ? first : `${first} ${uncertainOutcome}`;
}

/**
 * Builds the message of a failed connection from the error code that Node.js
 * reported, such as ECONNREFUSED.
 */
export function describeNetworkError(
  call: string,
  host: string,
  code: string,
  uncertainOutcome: string | undefined,
): string {
  const first = `${call} failed: ${describeConnectionProblem(host, code)} (${code}).`;
  return uncertainOutcome === undefined ? first : `${first} ${uncertainOutcome}`;
}

function describeConnectionProblem(host: string, code: string): string {
  if (code === 'ECONNREFUSED') {
    return `the connection to ${host} was refused; check the API URL`;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `the host name ${host} could not be resolved; check the API URL and your network connection`;
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return `the connection to ${host} was closed before a full response arrived`;
  }
  if (isCertificateError(code)) {
    return `the TLS certificate of ${host} could not be verified`;
  }
  return `the connection to ${host} failed`;
}

/** Builds the message of a 2xx response that does not match the OpenAPI document. */
export function describeMalformed(call: string, problem: string, uncertainOutcome: string | undefined): string {
  const first = `${call} returned an invalid response: ${problem}.`;
  return uncertainOutcome === undefined ? first : `${first} ${uncertainOutcome}`;
}

/**
 * True for codes of failures that happen before the request is sent, so a
 * POST or DELETE cannot have taken effect.
 */
export function failsBeforeSending(code: string): boolean {
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || isCertificateError(code);
}

function isCertificateError(code: string): boolean {
  return (
    code.startsWith('CERT_') ||
    code.startsWith('ERR_TLS_') ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
    code === 'SELF_SIGNED_CERT_IN_CHAIN' ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'
  );
}

/** Formats milliseconds as seconds with at most two decimals: 15000 → "15", 500 → "0.5". */
function formatSeconds(ms: number): string {
  return String(Number((ms / 1000).toFixed(2)));
}
