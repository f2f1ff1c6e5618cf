import { Text } from 'ink';

import { useTheme } from './theme.js';

/** Renders one line naming the keys a screen accepts, such as "Enter choose · Esc back". */
export function KeyHints({ hints }: { hints: ReadonlyArray<readonly [key: string, action: string]> }) {
  const theme = useTheme();

  return (
    <Text dimColor={theme.dim} wrap="truncate-end">
      {hints.map(([key, action]) => `${key} ${action}`).join(' · ')}
    </Text>
  );
}
