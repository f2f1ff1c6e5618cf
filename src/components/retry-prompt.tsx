import { Box } from 'ink';

import { useKeyPresses } from '../hooks/use-key-presses.js';
import { ErrorNotice } from './error-notice.js';
import { KeyHints } from './key-hints.js';

export interface RetryPromptProps {
  error: unknown;
  onRetry: () => void;

  /** Called on Esc; without it Esc does nothing. */
  onBack?: () => void;
  backLabel?: string;

  /** Called on q; without it q does nothing. */
  onQuit?: () => void;

  isActive?: boolean;
}

/** Shows an error with the keys to retry (r), go back (Esc) or quit (q). */
export function RetryPrompt({ error, onRetry, onBack, backLabel = 'back', onQuit, isActive = true }: RetryPromptProps) {
  useKeyPresses(
    (input, key) => {
      if (input === 'r') {
        onRetry();
      } else if (key.escape && onBack !== undefined) {
        onBack();
      } else if (input === 'q' && onQuit !== undefined) {
        onQuit();
      }
    },
    { isActive },
  );

  const hints: Array<[string, string]> = [['r', 'retry']];
  if (onBack !== undefined) {
    hints.push(['Esc', backLabel]);
  }
  if (onQuit !== undefined) {
    hints.push(['q', 'quit']);
  }

  return (
    <Box flexDirection="column">
      <ErrorNotice error={error} />
      <KeyHints hints={hints} />
    </Box>
  );
}
