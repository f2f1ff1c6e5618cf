import { Box, Text } from 'ink';
import { useState } from 'react';

import { SiroApiError } from '../api/errors.js';
import type { SiroApi } from '../api/siro-api.js';
import type { Organization } from '../api/types.js';
import { ErrorNotice } from '../components/error-notice.js';
import { KeyHints } from '../components/key-hints.js';
import { Notice } from '../components/notice.js';
import { Spinner } from '../components/spinner.js';
import { YesNoQuestion } from '../components/yes-no-question.js';
import type { FlowDispatch } from '../flow/actions.js';
import { organizationWithId } from '../flow/organizations.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTask } from '../hooks/use-task.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

export interface ConfirmCreateScreenProps {
  organization: Organization;
  tokenName: string;
  nameWarning: string | null;
  api: SiroApi;

  /** True once Ctrl+C or a signal ends the app, which may happen while the create request is in flight. */
  interrupted: boolean;

  dispatch: FlowDispatch;
}

/**
 * Asks before creating the token, then creates it. The create call is sent
 * only on a key press and never retried automatically, because a retry
 * could create a second token.
 */
export function ConfirmCreateScreen({
  organization,
  tokenName,
  nameWarning,
  api,
  interrupted,
  dispatch,
}: ConfirmCreateScreenProps) {
  const creating = useTask(() => api.createToken({ tokenName, organizationId: organization.id }));
  const [askingRetry, setAskingRetry] = useState(false);
  const state = creating.state;
  const mayHaveBeenCreated = state.status === 'failed' && state.error instanceof SiroApiError && state.error.mayHaveTakenEffect;

  const organizationText = organizationWithId(organization);
  const nameText = sanitizeTerminalText(tokenName);

  const create = async (): Promise<void> => {
    setAskingRetry(false);
    const result = await creating.run();
    if (result !== null && result.ok) {
      dispatch({ type: 'token-created', created: result.value });
    }
  };

  useKeyPresses(
    (input, key) => {
      if (key.escape || (state.status === 'idle' && input === 'n')) {
        dispatch({ type: 'back' });
      } else if (state.status === 'idle' && input === 'y') {
        void create();
      } else if (state.status === 'failed' && input === 'r') {
        if (mayHaveBeenCreated) {
          setAskingRetry(true);
        } else {
          void create();
        }
      }
    },
    { isActive: !askingRetry && (state.status === 'idle' || state.status === 'failed') },
  );

  if ((state.status === 'running' || state.status === 'done') && interrupted) {
    return (
      <Notice tone="warning">
        The app stopped while the create request was in flight, so token {nameText} may have been created for{' '}
        {organizationText}. Check the organization's tokens before creating it again.
      </Notice>
    );
  }

  if (state.status === 'running' || state.status === 'done') {
    return <Spinner label={`Creating token ${nameText} for ${organizationText}…`} />;
  }

  if (state.status === 'failed') {
    return (
      <Box flexDirection="column">
        <Text>Creating token {nameText} for {organizationText} failed.</Text>
        <ErrorNotice error={state.error} />
        {mayHaveBeenCreated && (
          <Notice tone="warning">
            The token may have been created although no answer arrived. Before retrying, check the tokens of this
            organization: press Esc twice, then choose "View and revoke existing tokens".
          </Notice>
        )}
        {askingRetry ? (
          <YesNoQuestion
            yes="retry"
            no="do not retry"
            onAnswer={(yes) => (yes ? void create() : setAskingRetry(false))}
          >
            Retrying may create a second token named {nameText}. Retry anyway?
          </YesNoQuestion>
        ) : (
          <KeyHints
            hints={[
              ['r', 'retry'],
              ['Esc', 'back to the token name'],
            ]}
          />
        )}
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      {nameWarning !== null && <Notice tone="warning">{sanitizeTerminalText(nameWarning)}</Notice>}
      {/* A question, not a list row: it wraps rather than lose its end to truncation. */}
      <Text>
        Create token <Text bold>{nameText}</Text> for <Text bold>{organizationText}</Text>? (y/n)
      </Text>
      <KeyHints
        hints={[
          ['y', 'create'],
          ['n or Esc', 'back to the token name'],
        ]}
      />
    </Box>
  );
}
