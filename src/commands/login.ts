import type { CallerIdentity } from '../api/types.js';
import { CommandError } from '../cli/command-error.js';
import { readAllStdin } from '../cli/read-stdin.js';
import { readMaskedLine } from '../cli/terminal-prompts.js';
import { ExitCode } from '../exit-codes.js';
import { KeychainUnavailableError } from '../keychain/secret-store.js';
import { describeTokenInputProblem, normalizePastedToken } from '../text/pasted-token.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import type { CommandContext } from './command-context.js';
import { toCommandError } from './failures.js';
import { tokenMetadataJson } from './identity-json.js';

const NOTHING_STORED = 'Nothing was stored.';

/** `siro-token login`: checks an org-group token with caller-identity, then stores it in the keychain. */
export async function runLogin(context: CommandContext): Promise<ExitCode> {
  const token = normalizePastedToken(await readToken(context));
  context.redactor.add(token);

  const problem = describeTokenInputProblem(token);
  if (problem !== null) {
    throw new CommandError('usage', ExitCode.usage, `${problem} ${NOTHING_STORED}`);
  }

  const identity = await verify(context, token);

  try {
    await context.services.secrets.write(context.profile, token);
  } catch (error) {
    if (error instanceof KeychainUnavailableError) {
      throw new CommandError('keychain-unavailable', ExitCode.failure, `${error.message} ${error.remedy} ${NOTHING_STORED}`);
    }
    throw error;
  }

  report(context, identity);
  return ExitCode.success;
}

async function readToken(context: CommandContext): Promise<string> {
  const { terminal, options, profile } = context;

  // A terminal on stdin gets the masked prompt even with --with-token, so
  // the token is never echoed while it is typed or pasted.
  if (terminal.stdinIsTTY) {
    return readMaskedLine(`Org-group token for profile "${profile}" (in Siro: Person icon, then API Tokens): `, terminal);
  }

  if (!options.withToken) {
    throw new CommandError(
      'not-interactive',
      ExitCode.usage,
      'siro-token login needs a terminal for its masked prompt. Without one, pass --with-token and send the token on standard input, for example: siro-token login --with-token < token.txt',
    );
  }

  return readAllStdin(terminal.stdin);
}

async function verify(context: CommandContext, token: string): Promise<CallerIdentity> {
  let identity: CallerIdentity;

  try {
    identity = await context.services.connectApi(token).getCallerIdentity();
  } catch (error) {
    const failure = toCommandError(error);
    if (failure === null) {
      throw error;
    }
    throw new CommandError(failure.code, failure.exitCode, `${failure.message} ${NOTHING_STORED}`);
  }

  if (identity.authorizedOrgGroupId === null) {
    throw new CommandError(
      'organization-token',
      ExitCode.noToken,
      `This is an organization token (${describeToken(identity)}), not an org-group token, so it cannot list organizations or create tokens. ` +
        `Create an org-group token in Siro under the Person icon, then API Tokens. ${NOTHING_STORED}`,
    );
  }

  return identity;
}

function report(context: CommandContext, identity: CallerIdentity): void {
  const { output, profile } = context;

  if (output.json) {
    output.jsonResult({ profile, storedIn: 'keychain', identity: tokenMetadataJson(identity) });
  } else {
    output.line(
      `Logged in to profile "${profile}" as ${describeToken(identity)} of org group ${identity.authorizedOrgGroupId}. The token is stored in the keychain.`,
    );
  }

  if (context.environmentToken?.source === 'environment') {
    output.warn(
      'environment-token-wins',
      'SIRO_ORG_GROUP_TOKEN is set, so commands use it instead of the stored token until you unset it.',
    );
  }
}

function describeToken(identity: CallerIdentity): string {
  return `token "${sanitizeTerminalText(identity.tokenName)}" (${identity.tokenId})`;
}
