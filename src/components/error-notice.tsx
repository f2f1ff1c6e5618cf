import { Box, Text } from 'ink';

import { describeError } from '../flow/describe-error.js';
import { textRows } from './text-rows.js';
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

/** Returns the terminal lines ErrorNotice takes for `error` at this width. */
export function errorNoticeRows(error: unknown, columns: number): number {
  const { message, hint } = describeError(error);
  return textRows(message, columns) + (hint === null ? 0 : textRows(hint, columns));
}
