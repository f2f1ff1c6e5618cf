/**
 * The tokens of the Siro-compatible local server: which secret
 * authenticates as which token, and which tokens each organization has.
 */
import { randomBytes } from 'node:crypto';

import type { CreatedToken, TokenMetadata } from '../api/types.js';
import {
  DEMO_ADMIN_UID,
  DEMO_CREATED_TOKEN_PREFIX,
  DEMO_ORGANIZATION_TOKEN,
  DEMO_ORG_GROUP_ID,
  DEMO_ORG_GROUP_TOKEN,
} from './demo-credentials.js';

export interface TokenRecord {
  metadata: TokenMetadata;

  /** Null for sample tokens that are only listed and cannot authenticate. */
  secret: string | null;

  revoked: boolean;
}

export class TokenRegistry {
  private readonly records: TokenRecord[];
  private readonly issued: CreatedToken[] = [];

  constructor(records: TokenRecord[]) {
    this.records = records;
  }

  /** Returns the live token the secret belongs to; revoked and unknown secrets return undefined. */
  authenticate(secret: string): TokenRecord | undefined {
    return this.records.find((record) => !record.revoked && record.secret === secret);
  }

  /** Returns a live token by id. */
  find(tokenId: string): TokenRecord | undefined {
    return this.records.find((record) => !record.revoked && record.metadata.tokenId === tokenId);
  }

  /** Lists the live organization tokens of one organization. Org-group tokens are managed in the Siro UI, so they are left out. */
  listOrganizationTokens(organizationId: string): TokenMetadata[] {
    return this.records
      .filter((record) => !record.revoked && record.metadata.organizationId === organizationId)
      .filter((record) => record.metadata.authorizedOrgGroupId === null)
      .map((record) => ({ ...record.metadata }));
  }

  /** Creates an organization token with a fresh random secret. */
  issue(organizationId: string, tokenName: string, parent: TokenMetadata): CreatedToken {
    const created: CreatedToken = {
      tokenId: `tok_${randomBytes(8).toString('hex')}`,
      tokenName,
      organizationId,
      authorizedOrgGroupId: null,
      parentOrgGroupTokenId: parent.tokenId,
      createdAt: new Date().toISOString(),
      createdBy: null,
      token: `${DEMO_CREATED_TOKEN_PREFIX}${randomBytes(16).toString('hex')}`,
    };

    const { token, ...metadata } = created;
    this.records.push({ metadata, secret: token, revoked: false });
    this.issued.push(created);
    return { ...created };
  }

  /** Marks the token revoked, so its secret stops authenticating, and returns its metadata. */
  revoke(record: TokenRecord): TokenMetadata {
    record.revoked = true;
    return { ...record.metadata };
  }

  createdTokens(): CreatedToken[] {
    return this.issued.map((created) => ({ ...created }));
  }
}

/**
 * Builds the starting tokens: the demo org-group token, one per extra
 * org-group secret, the demo organization token, and a few sample tokens so
 * the app can warn about a name already in use. Tokens that belong to an
 * organization go to the first two organizations given.
 */
export function initialTokenRecords(organizationIds: string[], extraOrgGroupTokens: string[]): TokenRecord[] {
  const homeOrganizationId = organizationIds[0] ?? 'org_demo_home';
  const orgGroupSecrets = [DEMO_ORG_GROUP_TOKEN, ...extraOrgGroupTokens];

  const orgGroupRecords = orgGroupSecrets.map((secret, index) =>
    record(secret, {
      tokenId: index === 0 ? 'tok_demo_orggroup' : `tok_orggroup_${index}`,
      tokenName: index === 0 ? 'Demo org-group token' : `Test org-group token ${index}`,
      organizationId: homeOrganizationId,
      authorizedOrgGroupId: DEMO_ORG_GROUP_ID,
      parentOrgGroupTokenId: null,
      createdAt: '2024-05-02T15:04:05.000Z',
      createdBy: DEMO_ADMIN_UID,
    }),
  );
  if (organizationIds[0] === undefined) {
    return orgGroupRecords;
  }

  const organizationRecords = [
    record(DEMO_ORGANIZATION_TOKEN, organizationToken('tok_demo_reporting', 'reporting-dashboard', homeOrganizationId, null)),
    record(null, organizationToken('tok_demo_zapier', 'zapier-sync', homeOrganizationId, null)),
    record(null, organizationToken('tok_demo_ci', 'ci-deploy', homeOrganizationId, 'tok_demo_orggroup')),
  ];
  const second = organizationIds[1];
  if (second !== undefined) {
    organizationRecords.push(record(null, organizationToken('tok_demo_crm', 'crm-export', second, 'tok_demo_orggroup')));
  }
  return [...orgGroupRecords, ...organizationRecords];
}

function organizationToken(
  tokenId: string,
  tokenName: string,
  organizationId: string,
  parentOrgGroupTokenId: string | null,
): TokenMetadata {
  return {
    tokenId,
    tokenName,
    organizationId,
    authorizedOrgGroupId: null,
    parentOrgGroupTokenId,
    createdAt: '2024-06-13T04:00:00.592Z',
    createdBy: parentOrgGroupTokenId === null ? DEMO_ADMIN_UID : null,
  };
}

function record(secret: string | null, metadata: TokenMetadata): TokenRecord {
  return { metadata, secret, revoked: false };
}
