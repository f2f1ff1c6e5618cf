import { CommandError, usageError } from './command-error.js';
import type { CommandName } from './command-definitions.js';
import type { CommandLineOptions } from './parse-command-line.js';
import { InvalidApiUrlError, resolveApiUrl } from '../config/api-url.js';
import { ExitCode } from '../exit-codes.js';
import { keychainServiceName } from '../keychain/keychain-service.js';
import { validateProfileName } from '../keychain/profile-name.js';
import { normalizePastedToken } from '../text/pasted-token.js';

export const DEMO_PROFILE = 'demo';

/** Settings that the flags and the environment decide before any service is built. */
export interface RunSettings {
  profile: string;

  /** null in demo mode, where the demo server's URL is used. */
  apiUrl: { url: string; isDefault: boolean } | null;

  /** SIRO_ORG_GROUP_TOKEN with spaces and line breaks removed; null when unset or empty. */
  environmentToken: string | null;

  keychainService: string;
}

/** Checks the common flags against each other and the environment; throws usage errors (exit 2). */
export function resolveSettings(command: CommandName | null, options: CommandLineOptions, env: NodeJS.ProcessEnv): RunSettings {
  if (options.demo && options.profile !== undefined && options.profile !== DEMO_PROFILE) {
    throw usageError(`--demo always uses the profile "${DEMO_PROFILE}", so --profile ${options.profile} cannot be used with it.`, command);
  }

  if (options.demo && options.apiUrl !== undefined) {
    throw usageError('--demo starts its own local server, so --api-url cannot be used with it.', command);
  }

  const profile = options.profile ?? (options.demo ? DEMO_PROFILE : 'default');
  const profileProblem = validateProfileName(profile);
  if (profileProblem !== null) {
    throw usageError(profileProblem, command);
  }

  const rawEnvironmentToken = normalizePastedToken(env.SIRO_ORG_GROUP_TOKEN ?? '');

  return {
    profile,
    apiUrl: options.demo ? null : readApiUrl(options, env, command),
    environmentToken: rawEnvironmentToken === '' ? null : rawEnvironmentToken,
    keychainService: readKeychainService(env),
  };
}

function readApiUrl(options: CommandLineOptions, env: NodeJS.ProcessEnv, command: CommandName | null) {
  try {
    return resolveApiUrl({ flag: options.apiUrl, env: env.SIRO_API_URL });
  } catch (error) {
    if (error instanceof InvalidApiUrlError) {
      throw usageError(error.message, command);
    }
    throw error;
  }
}

function readKeychainService(env: NodeJS.ProcessEnv): string {
  try {
    return keychainServiceName(env);
  } catch (error) {
    throw new CommandError('usage', ExitCode.usage, error instanceof Error ? error.message : String(error));
  }
}
