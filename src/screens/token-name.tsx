import { Box, Text } from 'ink';
import { useState } from 'react';

import type { SiroApi } from '../api/siro-api.js';
import type { Organization } from '../api/types.js';
import { InputRow } from '../components/input-row.js';
import { KeyHints } from '../components/key-hints.js';
import { LineInput } from '../components/line-input.js';
import { Notice } from '../components/notice.js';
import { Spinner } from '../components/spinner.js';
import type { FlowDispatch } from '../flow/actions.js';
import { describeError } from '../flow/describe-error.js';
import { organizationLabel } from '../flow/organizations.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTask } from '../hooks/use-task.js';
import { MAX_TOKEN_NAME_LENGTH, validateTokenName } from '../text/token-name.js';

export interface TokenNameScreenProps {
  organization: Organization;
  draft: string;
  suggestion: string;
  api: SiroApi;
  dispatch: FlowDispatch;
}

/**
 * Asks for the new token's name, then reads the organization's tokens to
 * warn about a name already in use before the confirmation.
 */
export function TokenNameScreen({ organization, draft, suggestion, api, dispatch }: TokenNameScreenProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const checking = useTask(() => api.listTokens(organization.id));
  const isChecking = checking.state.status === 'running';
  const organizationName = organizationLabel(organization);

  useKeyPresses((_input, key) => {
    if (!key.escape) {
      return;
    }
    if (isChecking) {
      checking.cancel();
    } else {
      dispatch({ type: 'back' });
    }
  });

  const submit = async (value: string): Promise<void> => {
    const validation = validateTokenName(value === '' ? suggestion : value);
    if (!validation.ok) {
      setProblem(validation.message);
      return;
    }

    const result = await checking.run();
    if (result === null) {
      return;
    }

    const name = validation.name;
    let warning: string | null = null;
    if (!result.ok) {
      warning = `The existing tokens of ${organizationName} could not be read, so the name was not checked for duplicates. ${describeError(result.error).message}`;
    } else if (result.value.some((token) => token.tokenName === name)) {
      warning = `A token named "${name}" already exists in ${organizationName}; Siro allows duplicates, but you may want another name.`;
    }

    dispatch({ type: 'token-name-accepted', name, warning });
  };

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        New token for <Text bold>{organizationName}</Text>
      </Text>
      <Text>
        Name the token (at most {MAX_TOKEN_NAME_LENGTH} characters). Press Enter on an empty field to use the suggestion.
      </Text>
      <InputRow label="Token name:">
        <LineInput
          value={draft}
          placeholder={suggestion}
          focus={!isChecking}
          onChange={(value) => {
            dispatch({ type: 'token-name-changed', value });
            setProblem(null);
          }}
          onSubmit={(value) => void submit(value)}
        />
      </InputRow>
      {problem !== null && <Notice tone="error">{problem}</Notice>}
      {isChecking && <Spinner label={`Checking the existing tokens of ${organizationName}…`} />}
      <KeyHints
        hints={
          isChecking
            ? [['Esc', 'stop checking']]
            : [
                ['Enter', 'continue'],
                ['Esc', 'back'],
              ]
        }
      />
    </Box>
  );
}
