/**
 * Shapes of the Siro API objects that siro-token reads, as declared in Siro's
 * OpenAPI document. Only the fields the app uses are typed; unknown fields
 * are ignored when decoding.
 */

/** Metadata of one API token, as returned by caller-identity and the token calls. */
export interface TokenMetadata {
  tokenId: string;
  tokenName: string;
  organizationId: string;

  /** Set for an org-group token; null for an organization token. */
  authorizedOrgGroupId: string | null;

  /** The org-group token that created this token; null when it was created in the Siro UI. */
  parentOrgGroupTokenId: string | null;

  createdAt: string;
  createdBy: string | null;
}

/** The caller-identity response: metadata of the token that made the call. */
export type CallerIdentity = TokenMetadata;

/** The create response, the only one that carries the secret. */
export interface CreatedToken extends TokenMetadata {
  token: string;
}

/** An organization as listed by `GET /v1/core/organizations`. */
export interface Organization {
  id: string;

  /** Optional in the OpenAPI document, so the UI falls back to the id. */
  name: string | null;

  /** Optional in the OpenAPI document; a missing value is read as false. */
  disabled: boolean;
}

export interface CreateTokenRequest {
  tokenName: string;
  organizationId: string;
}
