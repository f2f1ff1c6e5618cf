import { SAMPLE_ORGANIZATIONS, sampleOrganizationId, type SampleOrganization } from '../../src/demo/sample-organizations.js';

export { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';

function acme(seed: string, name: string): SampleOrganization {
  return { id: sampleOrganizationId(seed), name, disabled: false, industries: [], integrations: [], teams: [] };
}

/** The demo organizations plus two whose names differ only in case, for the ambiguous-name tests. */
export const SAMPLE_ORGANIZATIONS_FOR_TESTS: readonly SampleOrganization[] = [
  ...SAMPLE_ORGANIZATIONS,
  acme('acme-1', 'Acme Roofing'),
  acme('acme-2', 'ACME roofing'),
];
