import { useEffect } from 'react';

import type { FlowDispatch } from '../flow/actions.js';
import type { GuidedFlowOptions } from '../flow/guided-flow-options.js';
import { readStartupToken } from '../flow/sign-in.js';

/** Reads the org-group token once, when the app starts. */
export function useStartupToken(options: GuidedFlowOptions, dispatch: FlowDispatch): void {
  const { environmentToken, profile } = options;
  const secrets = options.services.secrets;

  useEffect(() => {
    let cancelled = false;

    void readStartupToken(environmentToken, secrets, profile).then(({ token, keychainProblem }) => {
      if (!cancelled) {
        dispatch({ type: 'token-read', token, keychainProblem });
      }
    });

    return () => {
      cancelled = true;
    };
  }, [environmentToken, secrets, profile, dispatch]);
}
