import type { SiroApi } from '../api/siro-api.js';
import type { Organization } from '../api/types.js';
import { CommandError, usageError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

// A fixed locale, so scripts get the same order on every machine.
const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Reads every page of the organization list. */
export async function fetchAllOrganizations(api: SiroApi): Promise<Organization[]> {
  const organizations: Organization[] = [];

  for await (const page of api.organizationPages()) {
    organizations.push(...page);
  }

  return organizations;
}

/** Sorts by name as shown in the terminal (the id replaces a missing name), then by id. */
export function sortByName(organizations: Organization[]): Organization[] {
  const sortKey = (organization: Organization) => sanitizeTerminalText(organization.name ?? organization.id);

  return [...organizations].sort(
    (left, right) => NAME_ORDER.compare(sortKey(left), sortKey(right)) || left.id.localeCompare(right.id),
  );
}

/** "Name (id)" for messages, with the name cleaned for the terminal. */
export function describeOrganization(organization: Organization): string {
  if (organization.name === null) {
    return organization.id;
  }

  return `${sanitizeTerminalText(organization.name)} (${organization.id})`;
}

/**
 * Finds the organization that `--org` names: an exact id, else the one
 * organization whose name equals it, ignoring case. An ambiguous name exits
 * with 2 and lists the matches; no match exits with 4.
 */
export async function resolveOrganization(api: SiroApi, argument: string | undefined, command: string): Promise<Organization> {
  if (argument === undefined) {
    throw usageError(`${command} needs --org ORG: an organization id or name.`, command);
  }

  const requested = argument.trim();
  if (requested === '') {
    throw usageError('The option --org is empty. Pass an organization id or name.', command);
  }

  const organizations = await fetchAllOrganizations(api);

  const byId = organizations.find((organization) => organization.id === requested);
  if (byId !== undefined) {
    return byId;
  }

  const key = comparableName(requested);
  const byName = sortByName(organizations.filter((organization) => organization.name !== null && comparableName(organization.name) === key));
  const [first, second] = byName;

  if (first !== undefined && second === undefined) {
    return first;
  }

  const echoed = sanitizeTerminalText(requested);

  if (first === undefined) {
    throw new CommandError(
      'not-found',
      ExitCode.notFound,
      `No organization has the id or name "${echoed}". Run \`siro-token orgs\` to list the organizations.`,
    );
  }

  const matches = byName.map(describeOrganization).join(', ');
  throw new CommandError(
    'ambiguous-organization',
    ExitCode.usage,
    `The name "${echoed}" matches ${byName.length} organizations: ${matches}. Pass the id with --org instead.`,
  );
}

function comparableName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
