import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

/**
 * Renders a label and a text input on one line. The label never shrinks, so
 * a long value wraps within the input's column instead of eating the label.
 */
export function InputRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box marginTop={1}>
      <Box flexShrink={0}>
        <Text>{label} </Text>
      </Box>
      <Box flexShrink={1}>{children}</Box>
    </Box>
  );
}
