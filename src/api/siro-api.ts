import type {
  CallerIdentity,
  CreateTokenRequest,
  CreatedToken,
  Organization,
  TokenMetadata,
} from './types.js';

/**
 * The Siro API calls siro-token makes, bound to one bearer token.
 * Every method rejects with a SiroApiError from ./errors.js.
 */
export interface SiroApi {
  getCallerIdentity(): Promise<CallerIdentity>;

  /**
   * Yields the organizations one page at a time, following `cursor` until it
   * is null. Rejects when a page repeats a cursor already seen.
   */
  organizationPages(): AsyncGenerator<Organization[], void, undefined>;

  /** Returns every token of one organization (all pages), without secrets. */
  listTokens(organizationId: string): Promise<TokenMetadata[]>;

  /** Creates an organization token. Never retried, because a retry could create a second token. */
  createToken(request: CreateTokenRequest): Promise<CreatedToken>;

  /** Revokes a token. Returns the metadata of the revoked token. */
  revokeToken(tokenId: string, organizationId: string): Promise<TokenMetadata>;
}

/** Builds a SiroApi bound to one bearer token. */
export type ConnectSiroApi = (token: string) => SiroApi;
