import type { CallerIdentity } from '../api/types.js';
import { CommandError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { KeychainUnavailableError } from '../keychain/secret-store.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import type { CommandContext } from './command-context.js';
import { toCommandError } from './failures.js';
import { tokenMetadataJson } from './identity-json.js';
import { connectWithOrgGroupToken, noTokenMessage, type TokenSource } from './org-group-token.js';

interface KeychainState {
  available: boolean;
  hasToken: boolean | null;

  /** Reason the keychain could not be reached, with the remedy. */
  error: string | null;
}

/**
 * `siro-token status`: the profile, the token source, the API URL and what
 * caller-identity returns. The status is printed even when there is no
 * token or the token is rejected, and the exit code (3) reports the problem.
 */
export async function runStatus(context: CommandContext): Promise<ExitCode> {
  const keychain = await readKeychainState(context);
  const source: TokenSource | null = context.environmentToken?.source ?? (keychain.hasToken === true ? 'keychain' : null);

  let identity: CallerIdentity | null = null;
  let failure: CommandError | null = null;

  if (source === null) {
    failure = keychain.available
      ? new CommandError('no-token', ExitCode.noToken, noTokenMessage(context.profile))
      : new CommandError('keychain-unavailable', ExitCode.noToken, keychain.error ?? 'The keychain could not be reached.');
  } else {
    try {
      const { api } = await connectWithOrgGroupToken(context);
      identity = await api.getCallerIdentity();
    } catch (error) {
      failure = toCommandError(error);
      if (failure === null) {
        throw error;
      }
    }
  }

  if (identity !== null && identity.authorizedOrgGroupId === null) {
    failure = new CommandError(
      'organization-token',
      ExitCode.noToken,
      `The token from ${describeSource(source)} is an organization token, not an org-group token, so it cannot list organizations or create tokens.`,
    );
  }

  report(context, { keychain, source, identity });

  if (failure !== null) {
    throw failure;
  }
  return ExitCode.success;
}

/** Reads the keychain state, plus the reason alone (without the remedy) for the one-line text output. */
async function readKeychainState(context: CommandContext): Promise<KeychainState & { problem: string | null }> {
  try {
    const stored = await context.services.secrets.read(context.profile);
    return { available: true, hasToken: stored !== null, error: null, problem: null };
  } catch (error) {
    if (error instanceof KeychainUnavailableError) {
      return { available: false, hasToken: null, error: `${error.message} ${error.remedy}`, problem: error.message };
    }
    throw error;
  }
}

interface StatusReport {
  keychain: KeychainState & { problem: string | null };
  source: TokenSource | null;
  identity: CallerIdentity | null;
}

function report(context: CommandContext, status: StatusReport): void {
  const { output, profile, apiUrl } = context;
  const { keychain, source, identity } = status;

  if (output.json) {
    output.jsonResult({
      profile,
      apiUrl: apiUrl.url,
      apiUrlIsDefault: apiUrl.isDefault,
      tokenSource: source,
      environmentTokenSet: context.environmentTokenSet,
      keychain: { available: keychain.available, hasToken: keychain.hasToken, error: keychain.error },
      identity: identity === null ? null : tokenMetadataJson(identity),
    });
    return;
  }

  const rows: Array<[string, string]> = [
    ['Profile', profile],
    ['API URL', apiUrl.isDefault ? `${apiUrl.url} (default)` : apiUrl.url],
    ['Token source', describeSourceLine(context, source, keychain)],
    ['Keychain', describeKeychain(keychain, source)],
  ];

  if (identity !== null) {
    rows.push(
      ['Org group', identity.authorizedOrgGroupId ?? 'none (this is an organization token)'],
      ['Token', `${sanitizeTerminalText(identity.tokenName)} (${identity.tokenId})`],
      ['Organization', identity.organizationId],
      ['Created', `${identity.createdAt}${identity.createdBy === null ? '' : ` by ${identity.createdBy}`}`],
    );
  }

  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  for (const [label, value] of rows) {
    output.line(`${`${label}:`.padEnd(width)} ${sanitizeTerminalText(value)}`);
  }
}

function describeSource(source: TokenSource | null): string {
  switch (source) {
    case 'environment':
      return 'SIRO_ORG_GROUP_TOKEN';
    case 'demo':
      return 'the demo org-group token';
    case 'keychain':
      return 'the keychain';
    case null:
      return 'none';
  }
}

function describeSourceLine(context: CommandContext, source: TokenSource | null, keychain: KeychainState): string {
  if (source === 'demo') {
    const variable = context.environmentTokenSet ? 'SIRO_ORG_GROUP_TOKEN, which is set' : 'SIRO_ORG_GROUP_TOKEN';
    return `the demo org-group token (commands with --demo always use it, not the keychain or ${variable})`;
  }

  if (source === 'environment' && keychain.hasToken === true) {
    return 'SIRO_ORG_GROUP_TOKEN (it wins over the token stored in the keychain for this profile)';
  }

  return describeSource(source);
}

function describeKeychain(keychain: StatusReport['keychain'], source: TokenSource | null): string {
  if (!keychain.available) {
    return `unavailable: ${keychain.problem ?? 'unknown error'}`;
  }

  if (keychain.hasToken !== true) {
    return 'no token is stored for this profile';
  }

  return source === 'demo' ? 'a token is stored for this profile, but --demo does not use it' : 'a token is stored for this profile';
}
