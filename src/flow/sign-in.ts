import { SiroApiError } from '../api/errors.js';
import type { SiroApi } from '../api/siro-api.js';
import type { CallerIdentity } from '../api/types.js';
import { KeychainUnavailableError, type SessionSecretStore } from '../keychain/secret-store.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import type { KeychainProblem, OrgGroupToken, TokenRejection } from './state.js';

export type TokenCheckOutcome =
  | {
      kind: 'verified';
      identity: CallerIdentity;
      keychainProblem: KeychainProblem | null;

      /** True when this check wrote the token to the keychain, not to memory. */
      storedInKeychain: boolean;
    }
  | { kind: 'rejected'; rejection: TokenRejection }
  | { kind: 'failed'; error: unknown };

/**
 * Finds the org-group token for this session: `SIRO_ORG_GROUP_TOKEN` wins
 * and is never stored; otherwise the keychain entry of the profile. A
 * keychain that cannot be reached is reported, not thrown, because the flow
 * goes on with a token typed in for this session only.
 */
export async function readStartupToken(
  environmentToken: string | null,
  secrets: SessionSecretStore,
  profile: string,
): Promise<{ token: OrgGroupToken | null; keychainProblem: KeychainProblem | null }> {
  if (environmentToken !== null) {
    return { token: { value: environmentToken, source: 'environment' }, keychainProblem: null };
  }

  try {
    const stored = await secrets.read(profile);
    const token: OrgGroupToken | null = stored === null ? null : { value: stored, source: 'keychain' };
    return { token, keychainProblem: currentKeychainProblem(secrets) };
  } catch (error) {
    return { token: null, keychainProblem: describeKeychainError(error, 'Reading the token from the keychain') };
  }
}

/**
 * Checks the token with caller-identity and stores an entered token in the
 * keychain only after Siro accepted it as an org-group token. A stored token
 * that is being replaced therefore stays in place until its successor is verified.
 */
export async function checkOrgGroupToken(
  api: SiroApi,
  token: OrgGroupToken,
  secrets: SessionSecretStore,
  profile: string,
): Promise<TokenCheckOutcome> {
  let identity: CallerIdentity;
  try {
    identity = await api.getCallerIdentity();
  } catch (error) {
    if (error instanceof SiroApiError && error.isUnauthorized) {
      return { kind: 'rejected', rejection: 'unauthorized' };
    }
    return { kind: 'failed', error };
  }

  if (identity.authorizedOrgGroupId === null) {
    return { kind: 'rejected', rejection: 'organization-token' };
  }

  if (token.source !== 'entered') {
    return { kind: 'verified', identity, keychainProblem: null, storedInKeychain: false };
  }

  const keychainProblem = await storeToken(secrets, profile, token.value);
  return { kind: 'verified', identity, keychainProblem, storedInKeychain: keychainProblem === null };
}

/** Writes the token; returns null when it reached the keychain, or why it did not (the session store then keeps it in memory). */
async function storeToken(secrets: SessionSecretStore, profile: string, token: string): Promise<KeychainProblem | null> {
  try {
    await secrets.write(profile, token);
    return currentKeychainProblem(secrets);
  } catch (error) {
    return describeKeychainError(error, 'Saving the token in the keychain');
  }
}

function currentKeychainProblem(secrets: SessionSecretStore): KeychainProblem | null {
  const unavailable = secrets.unavailable;
  return unavailable === null ? null : { message: unavailable.message, remedy: unavailable.remedy, unreachable: true };
}

function describeKeychainError(error: unknown, action: string): KeychainProblem {
  if (error instanceof KeychainUnavailableError) {
    return { message: error.message, remedy: error.remedy, unreachable: true };
  }

  const reason = error instanceof Error ? sanitizeTerminalText(error.message) : 'unknown error';
  return { message: `${action} failed: ${reason}`, remedy: null, unreachable: false };
}
