import type { TokenMetadata } from '../api/types.js';

/** The metadata fields of a token in `--json` output; never the secret, even when `token` carries one. */
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
