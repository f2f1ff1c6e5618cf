import { Box, Text } from 'ink';
import { useRef, type ReactNode } from 'react';

import { visibleRowCount, windowStart } from './list-window.js';
import { useTheme } from './theme.js';

export interface WindowedListProps<T> {
  items: readonly T[];
  selectedIndex: number;

  /** Terminal lines the list may take, including the line naming the rows shown. */
  maxLines: number;

  itemKey: (item: T) => string;
  renderRow: (item: T, selected: boolean) => ReactNode;
}

/**
 * Renders only the rows in view, so thousands of items stay fast, and a
 * line naming which rows are shown.
 */
export function WindowedList<T>({ items, selectedIndex, maxLines, itemKey, renderRow }: WindowedListProps<T>) {
  const theme = useTheme();
  const start = useRef(0);
  const height = visibleRowCount(items.length, maxLines);

  start.current = windowStart(start.current, selectedIndex, height, items.length);
  const visible = items.slice(start.current, start.current + height);

  return (
    <Box flexDirection="column">
      {visible.map((item, offset) => (
        <Box key={itemKey(item)}>{renderRow(item, start.current + offset === selectedIndex)}</Box>
      ))}
      {items.length > height && (
        <Text dimColor={theme.dim} wrap="truncate-end">
          Rows {start.current + 1}–{start.current + visible.length} of {items.length}
        </Text>
      )}
    </Box>
  );
}
