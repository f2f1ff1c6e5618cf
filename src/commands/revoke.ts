import { CommandError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import type { CommandContext } from './command-context.js';
import { confirmOrCancel, requireYesWithoutTerminal } from './confirmation.js';
import { tokenMetadataJson } from './identity-json.js';
import { connectWithOrgGroupToken } from './org-group-token.js';
import { describeOrganization, resolveOrganization } from './organizations.js';

/**
 * `siro-token revoke TOKEN_ID --org ORG [--yes]`. The token's name is read
 * from the organization's token list first, so the question shows it and an
 * unknown id exits with 4 before anything is revoked.
 */
export async function runRevoke(context: CommandContext): Promise<ExitCode> {
  const { output } = context;
  const [tokenId = ''] = context.positionals;

  requireYesWithoutTerminal(context, 'revoke');

  const { api } = await connectWithOrgGroupToken(context);
  const organization = await resolveOrganization(api, context.options.org, 'revoke');
  const where = describeOrganization(organization);

  const token = (await api.listTokens(organization.id)).find((candidate) => candidate.tokenId === tokenId);
  if (token === undefined) {
    throw new CommandError(
      'not-found',
      ExitCode.notFound,
      `Organization ${where} has no token with the id "${sanitizeTerminalText(tokenId)}". Run \`siro-token tokens --org ${organization.id}\` to list its tokens.`,
    );
  }

  const described = `"${sanitizeTerminalText(token.tokenName)}" (${token.tokenId})`;
  await confirmOrCancel(context, `Revoke token ${described} in ${where}?`, `token ${described} was not revoked.`);

  context.interruptNote.current = `The token may have been revoked. Check with \`siro-token tokens --org ${organization.id}\`.`;
  const revoked = await api.revokeToken(token.tokenId, organization.id).finally(() => {
    context.interruptNote.current = null;
  });

  if (output.json) {
    output.jsonResult(tokenMetadataJson(revoked));
  } else {
    output.line(`Revoked token ${described} in ${where}.`);
  }

  return ExitCode.success;
}
