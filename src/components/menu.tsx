import { Box, Text } from 'ink';

import { useCurrentState } from '../hooks/use-current-state.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTheme } from './theme.js';

export interface MenuItem<T> {
  label: string;
  value: T;
}

export interface MenuProps<T> {
  items: ReadonlyArray<MenuItem<T>>;
  onSelect: (value: T) => void;
  isActive?: boolean;
}

/**
 * Renders a short list of choices: ↑↓ move (wrapping around), Enter selects.
 * Unlike ink-select-input 6, it handles every key of a chunk of input, so
 * "↓ Enter" typed fast selects the second item.
 */
export function Menu<T>({ items, onSelect, isActive = true }: MenuProps<T>) {
  const theme = useTheme();
  const [selected, readSelected, setSelected] = useCurrentState(0);

  useKeyPresses(
    (_input, key) => {
      const count = items.length;
      if (count === 0) {
        return;
      }

      if (key.upArrow) {
        setSelected((readSelected() - 1 + count) % count);
      } else if (key.downArrow) {
        setSelected((readSelected() + 1) % count);
      } else if (key.return) {
        const item = items[readSelected()];
        if (item !== undefined) {
          onSelect(item.value);
        }
      }
    },
    { isActive },
  );

  return (
    <Box flexDirection="column">
      {items.map((item, index) => (
        <Text key={item.label} wrap="truncate-end" color={index === selected ? theme.accent : undefined} bold={index === selected}>
          {index === selected ? '› ' : '  '}
          {item.label}
        </Text>
      ))}
    </Box>
  );
}
