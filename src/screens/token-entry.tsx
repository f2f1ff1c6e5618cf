import { Box, Text } from 'ink';
import { useState } from 'react';

import { Notice } from '../components/notice.js';
import { InputRow } from '../components/input-row.js';
import { KeyHints } from '../components/key-hints.js';
import { LineInput } from '../components/line-input.js';
import { ExitCode } from '../exit-codes.js';
import type { FlowDispatch } from '../flow/actions.js';
import type { TokenRejection } from '../flow/state.js';
import { describeTokenRejection } from '../flow/token-messages.js';
import { useLinesKeptWhole } from '../hooks/key-press-router.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { describeTokenInputProblem, normalizePastedToken } from '../text/pasted-token.js';

export interface TokenEntryScreenProps {
  profile: string;
  rejection: TokenRejection | null;
  replacing: boolean;
  draft: string;

  /** The demo org-group token, offered on an empty field in demo mode. */
  demoToken: string | null;

  dispatch: FlowDispatch;
}

/** Asks for the org-group token in a masked input and hands the cleaned value to the identity check. */
export function TokenEntryScreen({ profile, rejection, replacing, draft, demoToken, dispatch }: TokenEntryScreenProps) {
  const [value, setValue] = useState(draft);
  const [problem, setProblem] = useState<string | null>(null);

  // A pasted token may wrap over lines; the field removes the line breaks.
  useLinesKeptWhole();

  useKeyPresses((_input, key) => {
    if (key.escape) {
      dispatch({ type: 'exit', code: ExitCode.noToken });
    }
  });

  const submit = (raw: string): void => {
    const token = normalizePastedToken(raw);

    if (token === '' && demoToken !== null) {
      dispatch({ type: 'token-entered', value: demoToken });
      return;
    }

    const inputProblem = describeTokenInputProblem(token);
    if (inputProblem !== null) {
      setProblem(inputProblem);
      return;
    }

    dispatch({ type: 'token-entered', value: token });
  };

  return (
    <Box flexDirection="column">
      {rejection !== null && (
        <Notice tone="error">
          {describeTokenRejection(rejection, 'entered', profile)} Paste the token again, or another org-group token.
        </Notice>
      )}
      {replacing && (
        <Text>The token stored for profile {profile} stays in the keychain until Siro accepts the new one.</Text>
      )}
      <Text>Paste your Siro org-group token. Siro shows it under the Person icon, then API Tokens.</Text>
      {demoToken !== null && <Text>Demo mode: press Enter on an empty field to use the demo org-group token.</Text>}
      <InputRow label="Org-group token:">
        <LineInput
          value={value}
          mask="•"
          onChange={(next) => {
            setValue(next);
            setProblem(null);
          }}
          onSubmit={submit}
        />
      </InputRow>
      {problem !== null && <Notice tone="error">{problem}</Notice>}
      <KeyHints
        hints={[
          ['Enter', 'check the token with Siro'],
          ['Esc', 'quit'],
        ]}
      />
    </Box>
  );
}
