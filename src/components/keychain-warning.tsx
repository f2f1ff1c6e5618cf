import { Box, Text } from 'ink';

import type { KeychainProblem } from '../flow/state.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { useTheme } from './theme.js';

/** Explains in full why the keychain is not used: the failure, its remedy, and where the token is kept instead. */
export function KeychainWarning({ problem }: { problem: KeychainProblem }) {
  const theme = useTheme();

  return (
    <Box flexDirection="column">
      <Text color={theme.warning}>Warning: {sanitizeTerminalText(problem.message)}</Text>
      {problem.remedy !== null && <Text>{sanitizeTerminalText(problem.remedy)}</Text>}
      <Text>Until the keychain works, the org-group token is kept in memory for this session only and not saved anywhere.</Text>
    </Box>
  );
}
