/**
 * The Siro API client: the SiroApi contract implemented over HTTP with got.
 */
import {
  ResponseShapeError,
  decodeCreatedToken,
  decodeOrganizationPage,
  decodeTokenMetadata,
  decodeTokenPage,
  type Page,
} from './decode.js';
import { describeMalformed } from './error-messages.js';
import { SiroApiError } from './errors.js';
import { readPages } from './pagination.js';
import type { RequestLogEvent } from './request-log.js';
import { sendRequest, type ApiRequest, type RequestContext } from './request.js';
import type { ConnectSiroApi, SiroApi } from './siro-api.js';
import type { CreateTokenRequest, CreatedToken, TokenMetadata } from './types.js';
import { ORGANIZATION_SELECTOR_QUERY, PAGINATION_QUERY, REQUESTED_PAGE_SIZE } from './undocumented.js';

export type { RequestLogEvent } from './request-log.js';

export interface SiroApiOptions {
  /** An already validated API URL (see resolveApiUrl); a trailing slash is removed. */
  baseUrl: string;

  token: string;

  /** Time allowed for each request, in milliseconds. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;

  /** Called after every attempt, retries included, for `--debug` output. */
  onRequest?: (event: RequestLogEvent) => void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

const ORGANIZATIONS_PATH = '/v1/core/organizations';
const TOKENS_PATH = '/v1/core/auth/tokens';
const CALLER_IDENTITY_PATH = '/v1/core/auth/caller-identity';

export function createSiroApi(options: SiroApiOptions): SiroApi {
  const context: RequestContext = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onRequest: options.onRequest,
  };
  const tokenProblem = findTokenProblem(options.token);

  async function send<T>(request: ApiRequest, decode: (body: unknown) => T): Promise<T> {
    const call = `${request.method} ${request.path}`;
    if (tokenProblem !== undefined) {
      throw rejectTokenLocally(call, tokenProblem);
    }

    const body = await sendRequest(context, request);
    try {
      return decode(body);
    } catch (error) {
      if (!(error instanceof ResponseShapeError)) {
        throw error;
      }
      throw new SiroApiError(describeMalformed(call, error.message, request.uncertainOutcome), {
        kind: 'malformed',
        call,
        mayHaveTakenEffect: request.uncertainOutcome !== undefined,
      });
    }
  }

  function fetchTokenPage(organizationId: string, cursor: string | null): Promise<Page<TokenMetadata>> {
    return send(
      {
        method: 'GET',
        path: TOKENS_PATH,
        query: pageQuery(cursor, { [ORGANIZATION_SELECTOR_QUERY]: organizationId }),
        notFound: organizationNotFound(organizationId),
      },
      decodeTokenPage,
    );
  }

  return {
    getCallerIdentity() {
      return send({ method: 'GET', path: CALLER_IDENTITY_PATH }, (body) => decodeTokenMetadata(body));
    },

    organizationPages() {
      return readPages(`GET ${ORGANIZATIONS_PATH}`, (cursor) =>
        send({ method: 'GET', path: ORGANIZATIONS_PATH, query: pageQuery(cursor, {}) }, decodeOrganizationPage),
      );
    },

    async listTokens(organizationId) {
      const tokens: TokenMetadata[] = [];
      for await (const page of readPages(`GET ${TOKENS_PATH}`, (cursor) => fetchTokenPage(organizationId, cursor))) {
        tokens.push(...page);
      }
      return tokens;
    },

    createToken(request: CreateTokenRequest): Promise<CreatedToken> {
      return send(
        {
          method: 'POST',
          path: TOKENS_PATH,
          json: { tokenName: request.tokenName, organizationId: request.organizationId },
          notFound: organizationNotFound(request.organizationId),
          uncertainOutcome: `The token may have been created anyway. ${howToCheck(request.organizationId)} before creating another.`,
        },
        decodeCreatedToken,
      );
    },

    revokeToken(tokenId, organizationId) {
      return send(
        {
          method: 'DELETE',
          path: `${TOKENS_PATH}/${encodeURIComponent(tokenId)}`,
          query: { [ORGANIZATION_SELECTOR_QUERY]: organizationId },
          notFound: `Token ${tokenId} was not found in organization ${organizationId}; it may have been revoked already.`,
          uncertainOutcome: `The token may have been revoked anyway. ${howToCheck(organizationId)}.`,
        },
        (body) => decodeTokenMetadata(body),
      );
    },
  };
}

/** Returns the connect function that the screens and commands receive as `Services.connectApi`. */
export function connectSiroApi(options: Omit<SiroApiOptions, 'token'>): ConnectSiroApi {
  return (token) => createSiroApi({ ...options, token });
}

function pageQuery(cursor: string | null, selector: Record<string, string>): Record<string, string> {
  const query: Record<string, string> = { ...selector, [PAGINATION_QUERY.pageSize]: String(REQUESTED_PAGE_SIZE) };
  if (cursor !== null) {
    query[PAGINATION_QUERY.cursor] = cursor;
  }
  return query;
}

function howToCheck(organizationId: string): string {
  return `To check, list the tokens of organization ${organizationId} (siro-token tokens --org ${organizationId})`;
}

function organizationNotFound(organizationId: string): string {
  return `Organization ${organizationId} was not found; check the id (siro-token orgs lists the organizations).`;
}

/** Describes why a token cannot be sent in an Authorization header, or returns undefined. */
function findTokenProblem(token: string): string | undefined {
  if (token === '') {
    return 'the token is empty';
  }
  // Siro tokens are printable ASCII. Node.js would reject some other
  // characters with an unhelpful error, and a space usually means "Bearer" was pasted too.
  if (/[^\x21-\x7e]/.test(token)) {
    return 'the token contains a space, line break or non-ASCII character, which a Siro token never contains';
  }
  return undefined;
}

/**
 * Rejects a token that cannot be sent. It carries status 401, as Siro would
 * return for a malformed token, so callers handle it as a rejected token.
 */
function rejectTokenLocally(call: string, problem: string): SiroApiError {
  return new SiroApiError(`${call} was not sent: ${problem}. Copy the whole token again, without "Bearer" or spaces.`, {
    kind: 'http',
    call,
    status: 401,
  });
}
