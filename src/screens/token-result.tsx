import { Box, Text } from 'ink';

import { KeyHints } from '../components/key-hints.js';
import { Notice } from '../components/notice.js';
import { textRows } from '../components/text-rows.js';
import { useTheme } from '../components/theme.js';
import { YesNoQuestion, yesNoQuestionRows } from '../components/yes-no-question.js';
import type { FlowDispatch } from '../flow/actions.js';
import { formatLocalTime } from '../flow/local-time.js';
import { organizationWithId } from '../flow/organizations.js';
import type { CreatedTokenState, UnsavedTokenQuestion } from '../flow/state.js';
import type { UnsavedTokenNote } from '../flow/unsaved-token-note.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { maskToken } from '../text/mask-token.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { describeSavedFile } from './saved-file.js';

export interface TokenResultScreenProps {
  createdToken: CreatedTokenState;
  question: UnsavedTokenQuestion | null;

  /** True in the final frame, as the app ends: the keys are gone, and an unsaved token gets `unsavedNote`. */
  exiting: boolean;

  /** Says the token was not saved and how to revoke it; never contains the token. */
  unsavedNote: UnsavedTokenNote;

  /** Terminal lines the screen may take. A short terminal drops the blank line, the title and the advice on the file. */
  rows: number;

  dispatch: FlowDispatch;
}

const QUESTIONS: Record<UnsavedTokenQuestion, { text: string; yes: string }> = {
  quit: { text: 'The token has not been saved. Quit anyway?', yes: 'quit' },
  'another-token': {
    text: 'The token has not been saved, and Siro will not show it again. Start another token anyway?',
    yes: 'start another token',
  },
};

const LABEL_WIDTH = 14;
const UNSAVED_TEXT = 'Siro shows this token only once: save it now.';
const NOT_SAVED_TEXT = 'The token has not been saved yet.';
const SAVED_TEXT = 'Keep the file safe: Siro will not show this token again.';

/** Shows the created token, masked unless revealed, with keys to reveal, save, start another token or quit. */
export function TokenResultScreen({ createdToken, question, exiting, unsavedNote, rows, dispatch }: TokenResultScreenProps) {
  const theme = useTheme();
  const { columns } = useTerminalSize();
  const { created, organization, revealed, saved } = createdToken;

  useKeyPresses(
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
    { isActive: question === null && !exiting },
  );

  const details: Array<[string, string]> = [
    ['Token name', sanitizeTerminalText(created.tokenName)],
    ['Token ID', sanitizeTerminalText(created.tokenId)],
    ['Organization', organizationWithId(organization)],
    ['Created', formatLocalTime(created.createdAt)],
  ];

  const shownToken = revealed ? sanitizeTerminalText(created.token) : maskToken(created.token);
  const savedText = saved === null ? null : describeSavedFile(saved);

  // A question about the unsaved token replaces the save state, because it
  // repeats it. In the final frame, the note on the unsaved token replaces it.
  let stateLines: string[] = [];
  if (savedText !== null) {
    stateLines = question === null || exiting ? [savedText] : [];
  } else if (exiting) {
    stateLines = unsavedNote.command === null ? [unsavedNote.message] : [unsavedNote.message, `  ${unsavedNote.command}`];
  } else if (question === null) {
    stateLines = [UNSAVED_TEXT, NOT_SAVED_TEXT];
  }

  let footerRows = 1;
  if (exiting) {
    footerRows = 0;
  } else if (question !== null) {
    footerRows = yesNoQuestionRows(QUESTIONS[question].text, columns);
  }

  // The details, the token, the save state and the keys or the question are
  // always shown. The other lines go when the terminal is short, the least
  // useful first: the blank line, the title, then the advice on the file.
  let spareLines =
    rows -
    details.length -
    textRows('Token'.padEnd(LABEL_WIDTH) + shownToken, columns) -
    stateLines.reduce((sum, line) => sum + textRows(line, columns), 0) -
    footerRows;
  const fits = (lines: number): boolean => {
    if (lines > spareLines) {
      return false;
    }
    spareLines -= lines;
    return true;
  };
  const showKeepSafe = stateLines.length > 0 && savedText !== null && fits(textRows(SAVED_TEXT, columns));
  const showTitle = fits(1);
  const showBlankLine = fits(1);

  return (
    <Box flexDirection="column">
      {showTitle && <Notice tone="success">Token created.</Notice>}
      {details.map(([label, value]) => (
        <Text key={label} wrap="truncate-end">
          {label.padEnd(LABEL_WIDTH)}
          {value}
        </Text>
      ))}
      <Text>
        {'Token'.padEnd(LABEL_WIDTH)}
        <Text bold color={theme.accent}>
          {shownToken}
        </Text>
      </Text>
      <Box marginTop={showBlankLine ? 1 : 0} flexDirection="column">
        {stateLines.map((line) => {
          if (line === savedText) {
            return (
              <Notice key={line} tone="success">
                {line}
              </Notice>
            );
          }
          if (line === unsavedNote.message) {
            return (
              <Notice key={line} tone="warning">
                {line}
              </Notice>
            );
          }
          return <Text key={line}>{line}</Text>;
        })}
        {showKeepSafe && <Text>{SAVED_TEXT}</Text>}
      </Box>
      {!exiting && question !== null && (
        <YesNoQuestion
          yes={QUESTIONS[question].yes}
          no="back to the token"
          onAnswer={(yes) => dispatch({ type: 'question-answered', yes })}
        >
          {QUESTIONS[question].text}
        </YesNoQuestion>
      )}
      {!exiting && question === null && (
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
