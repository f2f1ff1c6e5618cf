import { Box, Text } from 'ink';
import { useState } from 'react';

import { SiroApiError } from '../api/errors.js';
import type { SiroApi } from '../api/siro-api.js';
import type { Organization, TokenMetadata } from '../api/types.js';
import { InputRow } from '../components/input-row.js';
import { KeyHints } from '../components/key-hints.js';
import { LineInput } from '../components/line-input.js';
import { Notice } from '../components/notice.js';
import { RetryPrompt } from '../components/retry-prompt.js';
import { Spinner } from '../components/spinner.js';
import type { FlowDispatch } from '../flow/actions.js';
import { organizationLabel } from '../flow/organizations.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTask } from '../hooks/use-task.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

export interface RevokeTokenScreenProps {
  organization: Organization;
  token: TokenMetadata;
  api: SiroApi;
  dispatch: FlowDispatch;
}

/** Revokes one token after the user typed its name exactly. */
export function RevokeTokenScreen({ organization, token, api, dispatch }: RevokeTokenScreenProps) {
  const [typedName, setTypedName] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const revoking = useTask(() => api.revokeToken(token.tokenId, organization.id));
  const status = revoking.state.status;

  const shownName = sanitizeTerminalText(token.tokenName);
  const tokenLabel = `${shownName} (${sanitizeTerminalText(token.tokenId)})`;

  useKeyPresses(
    (_input, key) => {
      if (key.escape || (status === 'done' && key.return)) {
        dispatch({ type: 'back' });
      }
    },
    { isActive: status === 'idle' || status === 'done' },
  );

  const submit = (value: string): void => {
    // A name with control characters cannot be typed, so its shown (cleaned) form is accepted too.
    if (value !== token.tokenName && value !== shownName) {
      setMismatch(true);
      return;
    }
    void revoking.run();
  };

  if (status === 'running') {
    return <Spinner label={`Revoking token ${tokenLabel}…`} />;
  }

  if (status === 'done') {
    return (
      <Box flexDirection="column">
        <Notice tone="success">Revoked token {tokenLabel}.</Notice>
        <KeyHints hints={[['Enter', 'back to the token list']]} />
      </Box>
    );
  }

  if (revoking.state.status === 'failed') {
    const error = revoking.state.error;
    return (
      <Box flexDirection="column">
        <Text>Revoking token {tokenLabel} failed.</Text>
        {error instanceof SiroApiError && error.mayHaveTakenEffect && (
          <Notice tone="warning">
            The token may have been revoked although no answer arrived. Go back to the token list to see whether it is
            still there.
          </Notice>
        )}
        <RetryPrompt error={error} onRetry={() => void revoking.run()} onBack={() => dispatch({ type: 'back' })} />
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Revoke token <Text bold>{tokenLabel}</Text> of {organizationLabel(organization)}?
      </Text>
      <Text>Anything that uses this token stops working at once. Revoking cannot be undone.</Text>
      <InputRow label="Type the token's name to confirm:">
        <LineInput
          value={typedName}
          onChange={(value) => {
            setTypedName(value);
            setMismatch(false);
          }}
          onSubmit={submit}
        />
      </InputRow>
      {mismatch && (
        <Notice tone="error">
          The name you typed does not match "{shownName}". Type it exactly, or press Esc to go back.
        </Notice>
      )}
      <KeyHints
        hints={[
          ['Enter', 'revoke'],
          ['Esc', 'back'],
        ]}
      />
    </Box>
  );
}
