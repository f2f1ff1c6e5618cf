import type { Organization } from '../api/types.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Returns the organization's cleaned name, or null when it has none (null, empty or blank). */
export function organizationName(organization: Organization): string | null {
  const name = organization.name === null ? '' : sanitizeTerminalText(organization.name).trim();
  return name === '' ? null : name;
}

/** Returns the name to show for an organization: its cleaned name, or its id when it has none. */
export function organizationLabel(organization: Organization): string {
  return organizationName(organization) ?? sanitizeTerminalText(organization.id);
}

/** Names an organization with its id, as "Acme (org-1)", or "org-1 (no name)" so a nameless one does not show its id twice. */
export function organizationWithId(organization: Organization): string {
  const id = sanitizeTerminalText(organization.id);
  const name = organizationName(organization);
  return name === null ? `${id} (no name)` : `${name} (${id})`;
}

/** Sorts by shown name in the user's locale, then by id; nameless organizations sort by their id. */
export function sortOrganizations(organizations: readonly Organization[]): Organization[] {
  const labelled = organizations.map((organization) => ({ organization, label: organizationLabel(organization) }));

  labelled.sort(
    (left, right) =>
      collator.compare(left.label, right.label) || collator.compare(left.organization.id, right.organization.id),
  );

  return labelled.map((entry) => entry.organization);
}

/** Keeps the organizations whose shown name or id contains `filter`, ignoring case. */
export function filterOrganizations(organizations: readonly Organization[], filter: string): Organization[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (needle === '') {
    return [...organizations];
  }

  return organizations.filter(
    (organization) =>
      organizationLabel(organization).toLocaleLowerCase().includes(needle) ||
      organization.id.toLocaleLowerCase().includes(needle),
  );
}
