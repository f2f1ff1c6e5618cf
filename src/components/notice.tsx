import { Text } from 'ink';
import type { ReactNode } from 'react';

import { useTheme } from './theme.js';

/** Renders a line of text in the colour for its tone. */
export function Notice({ tone, children }: { tone: 'success' | 'warning' | 'error'; children: ReactNode }) {
  const theme = useTheme();
  return <Text color={theme[tone]}>{children}</Text>;
}
