/**
 * Organizations served by the Siro-compatible local server. Each has every
 * field the OpenAPI document requires, nested industries, integrations and
 * teams included, so the server's responses validate against the document.
 */
import { createHash } from 'node:crypto';

export interface SampleIndustry {
  id: string;
  name: string;
  description?: string;
}

export interface SampleIntegration {
  id: string;
  name: string;
  externalAccountId: string;
  integrationPlatform:
    | 'MERGE'
    | 'SIRO_CUSTOM_INPUT'
    | 'SERVICE_TITAN'
    | 'COMPANY_CAM'
    | 'INGAGE'
    | 'LEAD_PERFECTION'
    | 'SPOTIO';
  createdAt: string;
  updatedAt: string;
  deletedAt: string;
  isActive: boolean;
}

export interface SampleTeam {
  id: string;
  name: string;
  coachUids: string[];
  memberUids: string[];
}

/** An organization exactly as `GET /v1/core/organizations` returns it. */
export interface SampleOrganization {
  id: string;
  name?: string;
  disabled?: boolean;
  adminUids?: string[];
  betaFeatures?: string[];
  consentNotRequired?: boolean;
  dateCreated?: string;
  ownerUid?: string;
  industries: SampleIndustry[];
  integrations: SampleIntegration[];
  teams: SampleTeam[];
}

/** Derives a stable 20-character hex id from the seed, in the style of Siro's generated ids. */
export function sampleOrganizationId(seed: string): string {
  return createHash('sha256').update(`siro-demo-organization:${seed}`).digest('hex').slice(0, 20);
}

const ROOFING: SampleIndustry = { id: 'ind_roofing', name: 'Roofing', description: 'Roof repair and replacement' };
const SOLAR: SampleIndustry = { id: 'ind_solar', name: 'Solar' };
const HOME: SampleIndustry = { id: 'ind_home_improvement', name: 'Home improvement' };

function sampleIntegration(organizationId: string): SampleIntegration {
  return {
    id: `int_${organizationId.slice(0, 8)}`,
    name: 'CRM sync',
    externalAccountId: `acct_${organizationId.slice(8, 16)}`,
    integrationPlatform: 'SERVICE_TITAN',
    createdAt: '2024-03-01T09:30:00.000Z',
    updatedAt: '2024-06-13T04:00:00.592Z',
    deletedAt: '2024-09-30T17:45:12.000Z',
    isActive: false,
  };
}

function sampleTeam(organizationId: string): SampleTeam {
  return {
    id: `team_${organizationId.slice(0, 8)}`,
    name: 'Sales',
    coachUids: ['uid_demo_coach'],
    memberUids: ['uid_demo_rep_1', 'uid_demo_rep_2'],
  };
}

/**
 * Builds a full organization. `name: undefined` leaves the optional name out,
 * and `disabled` is left out unless set, as the document allows.
 */
function sampleOrganization(index: number, name: string | undefined, extra: Partial<SampleOrganization> = {}): SampleOrganization {
  const id = sampleOrganizationId(String(index));
  const organization: SampleOrganization = {
    id,
    adminUids: ['uid_demo_admin'],
    betaFeatures: index % 4 === 0 ? ['ai-coaching'] : [],
    consentNotRequired: index % 3 === 0,
    dateCreated: new Date(Date.UTC(2023, index % 12, 1 + (index % 28), 12)).toISOString(),
    ownerUid: 'uid_demo_admin',
    industries: [index % 2 === 0 ? ROOFING : HOME, ...(index % 5 === 0 ? [SOLAR] : [])],
    integrations: index % 3 === 0 ? [sampleIntegration(id)] : [],
    teams: index % 2 === 0 ? [sampleTeam(id)] : [],
    ...extra,
  };
  if (name !== undefined) {
    organization.name = name;
  }
  return organization;
}

const NAMES: (string | undefined)[] = [
  'Aurora Roofing & Solar',
  'Café Müller Électricité',
  'Señor Plomería',
  '東京ルーフィング株式会社',
  '北京阳光太阳能',
  '서울 인테리어',
  'Sunny Side Solar ☀️',
  '🏠 Home Pros',
  // Terminal escape sequences: a color change, and an OSC sequence that sets the window title.
  '\u001b[31mRed Corp\u001b[0m',
  '\u001b]0;Injected window title\u0007Title Bar Builders',
  // No name at all: the name is optional in the OpenAPI document.
  undefined,
  'Blue Ridge Windows',
  'Coastal HVAC',
  'Desert Bloom Landscaping',
  'Evergreen Siding',
  'Frontier Pest Control',
  'Granite State Remodeling',
  'Harbor Point Pools',
  'Iron Oak Fencing',
  'Juniper Home Energy',
  'Keystone Basement Systems',
  'Lakeside Painting',
  'Maple Leaf Insulation',
  'Northern Lights Electric',
  'Oakridge Kitchens',
  'Pinecrest Decks',
  'Riverbend Plumbing',
  'São Paulo Reformas',
  'Zürich Dachtechnik AG',
  'Ålesund Fjordbygg',
  'مؤسسة الرياض للطاقة',
  'The Extraordinarily Long-Named Association of Home Improvement Professionals and Allied Contractors',
  'Westwind Solar',
  'Zenith Smart Homes',
];

/** Index in SAMPLE_ORGANIZATIONS of the one disabled organization. */
const DISABLED_INDEX = NAMES.length;

/**
 * The default organizations: a few dozen over several pages, with accents,
 * CJK, Arabic and emoji in names, two names carrying terminal escape
 * sequences, one without a name, and one disabled.
 */
export const SAMPLE_ORGANIZATIONS: readonly SampleOrganization[] = [
  ...NAMES.map((name, index) => sampleOrganization(index, name, index % 2 === 1 ? { disabled: false } : {})),
  sampleOrganization(DISABLED_INDEX, 'Old Town Gutters (closed)', { disabled: true }),
];

/** Builds `count` plain organizations named "Organization 1", "Organization 2", … for load tests. */
export function generateOrganizations(count: number): SampleOrganization[] {
  return Array.from({ length: count }, (_, index) => ({
    id: sampleOrganizationId(`generated-${index + 1}`),
    name: `Organization ${index + 1}`,
    disabled: false,
    industries: [],
    integrations: [],
    teams: [],
  }));
}
