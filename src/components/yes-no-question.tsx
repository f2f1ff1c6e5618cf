import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

import { useKeyPresses } from '../hooks/use-key-presses.js';
import { KeyHints } from './key-hints.js';
import { textRows } from './text-rows.js';
import { useTheme } from './theme.js';

export interface YesNoQuestionProps {
  children: ReactNode;

  /** What y does, and what n does, for the key line below the question. */
  yes: string;
  no: string;

  /** Called with true for y, and false for n, Esc or Enter, because the default is no. */
  onAnswer: (yes: boolean) => void;

  isActive?: boolean;
}

/** Asks a question ending in "(y/N)", with a key line below it. Keys other than y, n, Esc and Enter are ignored. */
export function YesNoQuestion({ children, yes, no, onAnswer, isActive = true }: YesNoQuestionProps) {
  const theme = useTheme();

  useKeyPresses(
    (input, key) => {
      const answer = input.toLowerCase();
      if (answer === 'y') {
        onAnswer(true);
      } else if (answer === 'n' || key.escape || key.return) {
        onAnswer(false);
      }
    },
    { isActive },
  );

  return (
    <Box flexDirection="column">
      <Text color={theme.warning}>{children} (y/N)</Text>
      <KeyHints
        hints={[
          ['y', yes],
          ['n or Esc', no],
        ]}
      />
    </Box>
  );
}

/** Returns the terminal lines a YesNoQuestion takes for a question text at this width. */
export function yesNoQuestionRows(question: string, columns: number): number {
  return textRows(`${question} (y/N)`, columns) + 1;
}
