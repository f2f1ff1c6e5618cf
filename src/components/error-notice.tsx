import { Box, Text } from 'ink';

import { describeError } from '../flow/describe-error.js';
import { useTheme } from './theme.js';

/** Shows an error from a service: its message and, when there is one, the next step. */
export function ErrorNotice({ error }: { error: unknown }) {
  const theme = useTheme();
  const { message, hint } = describeError(error);

  return (
    <Box flexDirection="column">
      <Text color={theme.error}>{message}</Text>
      {hint !== null && <Text>{hint}</Text>}
    </Box>
  );
}
