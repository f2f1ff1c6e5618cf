import { Text } from 'ink';
import type { ReactNode } from 'react';

import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTheme } from './theme.js';

export interface YesNoQuestionProps {
  children: ReactNode;

  /** Called with true for y, and false for n, Esc or Enter, because the default is no. */
  onAnswer: (yes: boolean) => void;

  isActive?: boolean;
}

/** Asks a question ending in "(y/N)". Keys other than y, n, Esc and Enter are ignored. */
export function YesNoQuestion({ children, onAnswer, isActive = true }: YesNoQuestionProps) {
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
    <Text color={theme.warning}>
      {children} (y/N)
    </Text>
  );
}
