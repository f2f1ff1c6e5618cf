import { Box, Text } from 'ink';

import { KeyHints } from '../components/key-hints.js';
import { Notice } from '../components/notice.js';
import { RetryPrompt } from '../components/retry-prompt.js';
import { Spinner } from '../components/spinner.js';
import { ExitCode } from '../exit-codes.js';
import type { FlowDispatch } from '../flow/actions.js';
import type { TokenRejection, TokenSource } from '../flow/state.js';
import { describeTokenRejection } from '../flow/token-messages.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';

/** Shows a spinner while the token is read from the keychain or checked with Siro. */
export function TokenBusyScreen({ activity }: { activity: 'reading' | 'checking' }) {
  const label = activity === 'reading' ? 'Reading the org-group token…' : 'Checking the org-group token with Siro…';
  return <Spinner label={label} />;
}

export interface TokenRejectedScreenProps {
  source: 'keychain' | 'environment';
  rejection: TokenRejection;
  profile: string;
  dispatch: FlowDispatch;
}

/** Explains why Siro did not accept a stored or environment token, and offers entering another one or quitting. */
export function TokenRejectedScreen({ source, rejection, profile, dispatch }: TokenRejectedScreenProps) {
  useKeyPresses((input, key) => {
    if (key.return) {
      dispatch({ type: 'token-replace-chosen' });
    } else if (input === 'q' || key.escape) {
      dispatch({ type: 'exit', code: ExitCode.noToken });
    }
  });

  return (
    <Box flexDirection="column">
      <Notice tone="error">{describeTokenRejection(rejection, source, profile)}</Notice>
      {source === 'keychain' ? (
        <Text>
          You can enter a new org-group token to replace it. The stored token stays in the keychain until Siro accepts
          the new one.
        </Text>
      ) : (
        <Text>
          You can enter another org-group token for now. SIRO_ORG_GROUP_TOKEN stays set, so siro-token uses it again next
          time: unset it or set it to a valid org-group token.
        </Text>
      )}
      <KeyHints
        hints={[
          ['Enter', source === 'keychain' ? 'replace the token' : 'enter a token'],
          ['q', 'quit'],
        ]}
      />
    </Box>
  );
}

export interface TokenCheckFailedScreenProps {
  error: unknown;
  source: TokenSource;
  dispatch: FlowDispatch;
}

/** Shows an identity check that failed for a reason other than a rejected token, with retry, change-token and quit keys. */
export function TokenCheckFailedScreen({ error, source, dispatch }: TokenCheckFailedScreenProps) {
  return (
    <Box flexDirection="column">
      <Text>The org-group token could not be checked with Siro.</Text>
      <RetryPrompt
        error={error}
        onRetry={() => dispatch({ type: 'token-check-retried' })}
        {...(source === 'entered' ? { onBack: () => dispatch({ type: 'back' }), backLabel: 'change the token' } : {})}
        onQuit={() => dispatch({ type: 'exit', code: ExitCode.failure })}
      />
    </Box>
  );
}

/** Reports that Siro accepted the entered token but the keychain did not store it. The warning above explains why. */
export function TokenNotStoredScreen({ dispatch }: { dispatch: FlowDispatch }) {
  useKeyPresses((_input, key) => {
    if (key.return) {
      dispatch({ type: 'token-not-stored-seen' });
    }
  });

  return (
    <Box flexDirection="column">
      <Text>Siro accepted the token, but it could not be saved in the keychain, so you will need it again next time.</Text>
      <KeyHints
        hints={[
          ['Enter', 'continue'],
          ['Ctrl+C', 'quit'],
        ]}
      />
    </Box>
  );
}
