import { randomBytes } from 'node:crypto';

import type { CreatedToken } from '../../src/api/types.js';

/** Builds a create response with an obviously fake, random token. */
export function fakeCreatedToken(overrides: Partial<CreatedToken> = {}): CreatedToken {
  return {
    tokenId: 'tok_test_1',
    tokenName: 'ci deploy',
    organizationId: 'org_test_1',
    authorizedOrgGroupId: null,
    parentOrgGroupTokenId: 'tok_group_1',
    createdAt: '2026-12-04T10:00:00.000Z',
    createdBy: null,
    token: `fake-org-token-${randomBytes(12).toString('hex')}`,
    ...overrides,
  };
}
