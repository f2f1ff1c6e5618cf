import { useEffect } from 'react';

import type { SiroApi } from '../api/siro-api.js';
import type { FlowDispatch } from '../flow/actions.js';
import { checkOrgGroupToken } from '../flow/sign-in.js';
import type { SignIn } from '../flow/state.js';
import type { SessionSecretStore } from '../keychain/secret-store.js';

/** Runs the identity check of each new sign-in attempt and dispatches its outcome. */
export function useTokenCheck(
  signIn: SignIn | null,
  api: SiroApi | null,
  secrets: SessionSecretStore,
  profile: string,
  dispatch: FlowDispatch,
): void {
  const attempt = signIn?.attempt ?? 0;
  const pending = signIn !== null && signIn.identity === null;

  useEffect(() => {
    if (!pending || signIn === null || api === null) {
      return;
    }

    let cancelled = false;

    void checkOrgGroupToken(api, signIn.token, secrets, profile).then((outcome) => {
      if (cancelled) {
        return;
      }

      switch (outcome.kind) {
        case 'verified':
          dispatch({
            type: 'token-verified',
            attempt,
            identity: outcome.identity,
            keychainProblem: outcome.keychainProblem,
            storedInKeychain: outcome.storedInKeychain,
          });
          break;
        case 'rejected':
          dispatch({ type: 'token-rejected', attempt, rejection: outcome.rejection });
          break;
        case 'failed':
          dispatch({ type: 'token-check-failed', attempt, error: outcome.error });
          break;
      }
    });

    return () => {
      cancelled = true;
    };
    // Keyed by attempt: the check runs once per attempt, not on every render.
  }, [attempt, pending, api]);
}
