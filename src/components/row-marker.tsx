import { Box, Text } from 'ink';

import { useTheme } from './theme.js';

/**
 * Renders the two columns before a list row: "› " on the selected row,
 * blanks on the others. The columns never shrink, so a row cut to the
 * terminal width keeps the space after the marker, in line with the rows
 * above and below.
 */
export function RowMarker({ selected }: { selected: boolean }) {
  const theme = useTheme();

  return (
    <Box flexShrink={0} width={2}>
      <Text color={selected ? theme.accent : undefined}>{selected ? '›' : ' '}</Text>
    </Box>
  );
}
