/**
 * Sends one API call with got, retries it when that is safe, and turns every
 * failure into a SiroApiError.
 *
 * The bearer token must never reach an error, so got's own errors are never
 * rethrown or attached as `cause`: they hold the request options, headers
 * included. Only the error code is copied from them.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import got, { RequestError, TimeoutError } from 'got';

import { SiroApiError } from './errors.js';
import {
  describeHttpError,
  describeMalformed,
  describeNetworkError,
  describeTimeout,
  failsBeforeSending,
} from './error-messages.js';
import type { RequestLogEvent } from './request-log.js';
import { MAX_RETRIES, MAX_RETRY_AFTER_MS, backoffDelayMs, isRetryableStatus, parseRetryAfter } from './retry-policy.js';
import { cleanServerMessage } from './server-message.js';
import { findErrorMessage } from './undocumented.js';
import { USER_AGENT } from './user-agent.js';

export interface RequestContext {
  /** Base URL without a trailing slash, such as `https://functions.siro.ai/api-externalApi`. */
  baseUrl: string;
  token: string;
  timeoutMs: number;
  onRequest: ((event: RequestLogEvent) => void) | undefined;
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'DELETE';

  /** Path below the base URL, with ids already percent-encoded. */
  path: string;

  query?: Record<string, string>;
  json?: unknown;

  /** Sentence for a 404 that names the id that was not found. */
  notFound?: string;

  /**
   * Sentence for a POST or DELETE whose outcome is unknown (no response, or an
   * unreadable one): it says the call may have taken effect and how to check.
   */
  uncertainOutcome?: string;
}

type Attempt =
  | { type: 'response'; status: number; body: string; contentType: string | undefined; retryAfter: string | undefined }
  | { type: 'timeout' }
  | { type: 'network'; code: string };

/** Sends the request and returns the parsed JSON body of a 2xx response. */
export async function sendRequest(context: RequestContext, request: ApiRequest): Promise<unknown> {
  const call = `${request.method} ${request.path}`;
  const maxRetries = request.method === 'GET' ? MAX_RETRIES : 0;

  for (let attemptNumber = 1; ; attemptNumber++) {
    const attempt = await sendOnce(context, request);
    const retriesLeft = attemptNumber <= maxRetries;

    if (attempt.type === 'timeout') {
      // Not retried: the user has already waited the whole timeout once.
      throw new SiroApiError(describeTimeout(call, context.timeoutMs, request.uncertainOutcome), {
        kind: 'timeout',
        call,
        mayHaveTakenEffect: request.uncertainOutcome !== undefined,
      });
    }

    if (attempt.type === 'network') {
      if (retriesLeft) {
        await sleep(backoffDelayMs(attemptNumber - 1));
        continue;
      }
      throw networkError(context, request, call, attempt.code);
    }

    if (attempt.status >= 200 && attempt.status < 300) {
      return parseBody(attempt.body, call, request);
    }

    const retryAfterSeconds = parseRetryAfter(attempt.retryAfter, Date.now());
    const retryDelayMs = retryAfterSeconds === undefined ? backoffDelayMs(attemptNumber - 1) : retryAfterSeconds * 1000;
    if (retriesLeft && isRetryableStatus(attempt.status) && retryDelayMs <= MAX_RETRY_AFTER_MS) {
      await sleep(retryDelayMs);
      continue;
    }

    throw httpError(context, request, call, attempt, retryAfterSeconds, attemptNumber);
  }
}

async function sendOnce(context: RequestContext, request: ApiRequest): Promise<Attempt> {
  const startedAt = performance.now();
  const attempt = await sendWithGot(context, request);

  logAttempt(context, {
    method: request.method,
    path: request.path,
    status: attempt.type === 'response' ? attempt.status : null,
    durationMs: Math.round(performance.now() - startedAt),
    outcome: outcomeOf(attempt),
  });
  return attempt;
}

async function sendWithGot(context: RequestContext, request: ApiRequest): Promise<Attempt> {
  try {
    const response = await got(`${context.baseUrl}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${context.token}`,
        'user-agent': USER_AGENT,
        accept: 'application/json',
      },
      searchParams: request.query,
      json: request.json,
      timeout: { request: context.timeoutMs },
      retry: { limit: 0 },
      throwHttpErrors: false,
      // A redirect could carry the token to another host, so none is followed.
      followRedirect: false,
      responseType: 'text',
    });

    return {
      type: 'response',
      status: response.statusCode,
      body: response.body,
      contentType: response.headers['content-type'],
      retryAfter: response.headers['retry-after'],
    };
  } catch (error) {
    if (error instanceof TimeoutError) {
      return { type: 'timeout' };
    }
    return { type: 'network', code: safeErrorCode(error) };
  }
}

function parseBody(body: string, call: string, request: ApiRequest): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new SiroApiError(describeMalformed(call, 'the body is not valid JSON', request.uncertainOutcome), {
      kind: 'malformed',
      call,
      mayHaveTakenEffect: request.uncertainOutcome !== undefined,
    });
  }
}

function httpError(
  context: RequestContext,
  request: ApiRequest,
  call: string,
  response: Extract<Attempt, { type: 'response' }>,
  retryAfterSeconds: number | undefined,
  attempts: number,
): SiroApiError {
  const rawMessage = findErrorMessage(response.body, response.contentType);
  const serverMessage = rawMessage === undefined ? undefined : cleanServerMessage(rawMessage, context.token);

  const message = describeHttpError({
    call,
    status: response.status,
    serverMessage,
    notFound: request.notFound,
    retryAfterSeconds,
    attempts,
  });
  return new SiroApiError(message, { kind: 'http', call, status: response.status, serverMessage, retryAfterSeconds });
}

function networkError(context: RequestContext, request: ApiRequest, call: string, code: string): SiroApiError {
  const mayHaveTakenEffect = request.uncertainOutcome !== undefined && !failsBeforeSending(code);
  const host = URL.canParse(context.baseUrl) ? new URL(context.baseUrl).host : context.baseUrl;
  const message = describeNetworkError(call, host, code, mayHaveTakenEffect ? request.uncertainOutcome : undefined);
  return new SiroApiError(message, { kind: 'network', call, mayHaveTakenEffect });
}

/** Copies the error code, such as ECONNRESET, and nothing else from a got or Node.js error. */
function safeErrorCode(error: unknown): string {
  const code = error instanceof RequestError ? error.code : (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'UNKNOWN';
}

function outcomeOf(attempt: Attempt): RequestLogEvent['outcome'] {
  if (attempt.type !== 'response') {
    return attempt.type;
  }
  return attempt.status >= 200 && attempt.status < 300 ? 'ok' : 'http-error';
}

function logAttempt(context: RequestContext, event: RequestLogEvent): void {
  try {
    context.onRequest?.(event);
  } catch {
    // A failing debug log must not fail the call.
  }
}
