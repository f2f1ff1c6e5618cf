import type { SiroApi } from '../api/siro-api.js';
import { CommandError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import { KeychainUnavailableError } from '../keychain/secret-store.js';
import { describeTokenInputProblem } from '../text/pasted-token.js';
import type { CommandContext } from './command-context.js';
import { toCommandError } from './failures.js';

export type TokenSource = 'environment' | 'demo' | 'keychain';

export interface ConnectedApi {
  api: SiroApi;
  source: TokenSource;
}

/**
 * Finds the org-group token for an API command and connects with it.
 * SIRO_ORG_GROUP_TOKEN (or the demo token) wins; else the keychain entry of
 * the profile. No token, an invalid one, or an unreachable keychain without
 * the variable exits with 3.
 */
export async function connectWithOrgGroupToken(context: CommandContext): Promise<ConnectedApi> {
  const { token, source } = await findOrgGroupToken(context);

  context.redactor.add(token);

  const api = context.services.connectApi(token);
  return { api: withRejectedTokenHints(api, source, context.profile), source };
}

/** Wraps the API so a 401 becomes a CommandError that names where the rejected token came from. */
function withRejectedTokenHints(api: SiroApi, source: TokenSource, profile: string): SiroApi {
  const rethrow = (error: unknown): never => {
    const failure = toCommandError(error);

    if (failure?.code === 'token-rejected') {
      throw withRejectedTokenHint(failure, source, profile);
    }
    throw error;
  };

  return {
    getCallerIdentity: () => api.getCallerIdentity().catch(rethrow),

    async *organizationPages() {
      try {
        yield* api.organizationPages();
      } catch (error) {
        rethrow(error);
      }
    },

    listTokens: (organizationId) => api.listTokens(organizationId).catch(rethrow),
    createToken: (request) => api.createToken(request).catch(rethrow),
    revokeToken: (tokenId, organizationId) => api.revokeToken(tokenId, organizationId).catch(rethrow),
  };
}

async function findOrgGroupToken(context: CommandContext): Promise<{ token: string; source: TokenSource }> {
  if (context.environmentToken !== null) {
    const { token, source } = context.environmentToken;
    const problem = describeTokenInputProblem(token);

    if (problem !== null) {
      throw new CommandError('token-rejected', ExitCode.noToken, `SIRO_ORG_GROUP_TOKEN is invalid. ${problem}`);
    }

    return { token, source };
  }

  let stored: string | null;
  try {
    stored = await context.services.secrets.read(context.profile);
  } catch (error) {
    if (error instanceof KeychainUnavailableError) {
      throw new CommandError('keychain-unavailable', ExitCode.noToken, `${error.message} ${error.remedy}`);
    }
    throw error;
  }

  if (stored === null) {
    throw new CommandError('no-token', ExitCode.noToken, noTokenMessage(context.profile));
  }

  return { token: stored, source: 'keychain' };
}

export function noTokenMessage(profile: string): string {
  const login = profile === 'default' ? 'siro-token login' : `siro-token login --profile ${profile}`;
  return `No org-group token is stored for profile "${profile}". Run \`${login}\` to store one, or set SIRO_ORG_GROUP_TOKEN.`;
}

/** Adds what to do about a rejected token, which depends on where the token came from. */
export function withRejectedTokenHint(error: CommandError, source: TokenSource, profile: string): CommandError {
  if (error.code !== 'token-rejected') {
    return error;
  }

  const hint =
    source === 'keychain'
      ? `The token came from the keychain (profile "${profile}"): run \`siro-token login${profile === 'default' ? '' : ` --profile ${profile}`}\` to replace it.`
      : 'The token came from SIRO_ORG_GROUP_TOKEN: set it to a valid org-group token, or unset it to use the keychain.';

  return new CommandError(error.code, error.exitCode, `${error.message} ${hint}`);
}
