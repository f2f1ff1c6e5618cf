import { Box } from 'ink';
import type { ReactNode } from 'react';

export interface ClippedAboveProps {
  /** Terminal lines the whole takes, blank lines included: Ink sizes this box to exactly that. */
  rows: number;

  /** Content that gives way: cut at its bottom edge when there is not room for all of it. */
  above: ReactNode;

  /** Content shown whole below it, after a blank line. */
  children: ReactNode;
}

/**
 * Stacks a long text over a screen within a fixed number of lines. Ink
 * (Yoga) shrinks only the upper box and hides what overflows it, so the
 * screen below, with its input and keys, always stays visible.
 */
export function ClippedAbove({ rows, above, children }: ClippedAboveProps) {
  return (
    <Box flexDirection="column" height={rows}>
      <Box flexDirection="column" flexShrink={1} overflowY="hidden">
        {/* Each text keeps its own height, so clipping cuts lines off rather than drawing texts over each other. */}
        <Box flexDirection="column" flexShrink={0}>
          {above}
        </Box>
      </Box>
      <Box flexDirection="column" flexShrink={0} marginTop={1}>
        {children}
      </Box>
    </Box>
  );
}
