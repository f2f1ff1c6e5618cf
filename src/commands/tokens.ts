import { renderTable } from '../cli/table.js';
import { ExitCode } from '../exit-codes.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import type { CommandContext } from './command-context.js';
import { tokenMetadataJson } from './identity-json.js';
import { connectWithOrgGroupToken } from './org-group-token.js';
import { describeOrganization, resolveOrganization } from './organizations.js';

/** `siro-token tokens --org ORG`: the tokens of one organization, oldest first, without secrets. */
export async function runTokens(context: CommandContext): Promise<ExitCode> {
  const { output } = context;
  const { api } = await connectWithOrgGroupToken(context);

  const organization = await resolveOrganization(api, context.options.org, 'tokens');
  const tokens = [...(await api.listTokens(organization.id))].sort(
    (left, right) => left.createdAt.localeCompare(right.createdAt) || left.tokenId.localeCompare(right.tokenId),
  );

  if (output.json) {
    output.jsonResult(tokens.map(tokenMetadataJson));
    return ExitCode.success;
  }

  if (tokens.length === 0) {
    output.note(`Organization ${describeOrganization(organization)} has no tokens.`);
    return ExitCode.success;
  }

  const rows = tokens.map((token) => [
    sanitizeTerminalText(token.tokenId),
    sanitizeTerminalText(token.createdAt),
    sanitizeTerminalText(token.createdBy ?? '-'),
    sanitizeTerminalText(token.tokenName),
  ]);

  for (const line of renderTable(['ID', 'CREATED AT', 'CREATED BY', 'NAME'], rows, output.stdoutStyle)) {
    output.line(line);
  }

  return ExitCode.success;
}
