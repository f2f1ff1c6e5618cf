import { Box, Text, useInput } from 'ink';

import { KeyHints } from '../components/key-hints.js';
import { Notice } from '../components/notice.js';
import { useTheme } from '../components/theme.js';
import { YesNoQuestion } from '../components/yes-no-question.js';
import type { FlowDispatch } from '../flow/actions.js';
import { formatLocalTime } from '../flow/local-time.js';
import { organizationLabel } from '../flow/organizations.js';
import type { CreatedTokenState, UnsavedTokenQuestion } from '../flow/state.js';
import { maskToken } from '../text/mask-token.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { describeSavedFile } from './saved-file.js';

export interface TokenResultScreenProps {
  createdToken: CreatedTokenState;
  question: UnsavedTokenQuestion | null;
  dispatch: FlowDispatch;
}

const QUESTIONS: Record<UnsavedTokenQuestion, string> = {
  quit: 'The token has not been saved. Quit anyway?',
  'another-token': 'The token has not been saved, and Siro will not show it again. Start another token anyway?',
};

/** Shows the created token, masked unless revealed, with keys to reveal, save, start another token or quit. */
export function TokenResultScreen({ createdToken, question, dispatch }: TokenResultScreenProps) {
  const theme = useTheme();
  const { created, organization, revealed, saved } = createdToken;

  useInput(
    (input) => {
      switch (input) {
        case 'r':
          dispatch({ type: 'reveal-toggled' });
          break;
        case 's':
          dispatch({ type: 'save-chosen' });
          break;
        case 'n':
          dispatch({ type: 'another-token-chosen' });
          break;
        case 'q':
          dispatch({ type: 'quit-chosen' });
          break;
      }
    },
    { isActive: question === null },
  );

  const rows: Array<[string, string]> = [
    ['Token name', sanitizeTerminalText(created.tokenName)],
    ['Token ID', sanitizeTerminalText(created.tokenId)],
    ['Organization', `${organizationLabel(organization)} (${sanitizeTerminalText(organization.id)})`],
    ['Created', formatLocalTime(created.createdAt)],
  ];

  return (
    <Box flexDirection="column">
      <Notice tone="success">Token created.</Notice>
      {rows.map(([label, value]) => (
        <Text key={label} wrap="truncate-end">
          {label.padEnd(14)}
          {value}
        </Text>
      ))}
      <Text>
        {'Token'.padEnd(14)}
        <Text bold color={theme.accent}>
          {revealed ? sanitizeTerminalText(created.token) : maskToken(created.token)}
        </Text>
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text>Siro shows this token only once: save it now.</Text>
        {saved === null ? <Text>The token has not been saved yet.</Text> : <Notice tone="success">{describeSavedFile(saved)}</Notice>}
      </Box>
      {question !== null ? (
        <YesNoQuestion onAnswer={(yes) => dispatch({ type: 'question-answered', yes })}>{QUESTIONS[question]}</YesNoQuestion>
      ) : (
        <KeyHints
          hints={[
            ['r', revealed ? 'hide' : 'reveal'],
            ['s', 'save to a file'],
            ['n', 'another token'],
            ['q', 'quit'],
          ]}
        />
      )}
    </Box>
  );
}
