import type { TokenMetadata } from '../api/types.js';

/** Returns the metadata fields of a token for `--json` output, never the secret, even when `token` carries one. */
export function tokenMetadataJson(token: TokenMetadata) {
  return {
    tokenId: token.tokenId,
    tokenName: token.tokenName,
    organizationId: token.organizationId,
    authorizedOrgGroupId: token.authorizedOrgGroupId,
    parentOrgGroupTokenId: token.parentOrgGroupTokenId,
    createdAt: token.createdAt,
    createdBy: token.createdBy,
  };
}
