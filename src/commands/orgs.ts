import type { Organization } from '../api/types.js';
import { renderTable } from '../cli/table.js';
import { ExitCode } from '../exit-codes.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import type { CommandContext } from './command-context.js';
import { connectWithOrgGroupToken } from './org-group-token.js';
import { fetchAllOrganizations, sortByName } from './organizations.js';

/** `siro-token orgs [--filter TEXT]`: every organization, sorted by name. */
export async function runOrgs(context: CommandContext): Promise<ExitCode> {
  const { output } = context;
  const { api } = await connectWithOrgGroupToken(context);

  const organizations = sortByName(await fetchAllOrganizations(api));
  const filter = context.options.filter;
  const listed = filter === undefined ? organizations : organizations.filter((organization) => matches(organization, filter));

  if (output.json) {
    output.jsonResult(listed.map(({ id, name, disabled }) => ({ id, name, disabled })));
    return ExitCode.success;
  }

  if (listed.length === 0) {
    output.note(
      filter === undefined
        ? 'The org-group token has no organizations.'
        : `No organization name or id contains "${sanitizeTerminalText(filter)}".`,
    );
    return ExitCode.success;
  }

  const style = output.stdoutStyle;
  const rows = listed.map((organization) => [
    sanitizeTerminalText(organization.id),
    organization.disabled ? 'yes' : 'no',
    organization.name === null ? '(no name)' : sanitizeTerminalText(organization.name),
  ]);
  const [header, ...lines] = renderTable(['ID', 'DISABLED', 'NAME'], rows, style);

  output.line(header ?? '');
  lines.forEach((line, index) => output.line(listed[index]?.disabled === true ? style.dim(line) : line));

  return ExitCode.success;
}

function matches(organization: Organization, filter: string): boolean {
  const requested = filter.trim().normalize('NFC').toLowerCase();
  const name = (organization.name ?? '').normalize('NFC').toLowerCase();

  return name.includes(requested) || organization.id.toLowerCase().includes(requested);
}
