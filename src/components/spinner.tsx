import { Text } from 'ink';
import { useEffect, useState } from 'react';

import { useTheme } from './theme.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_INTERVAL_MS = 100;

/** Renders a spinner followed by the label of the work in progress; `truncate` keeps it to one line. */
export function Spinner({ label, truncate = false }: { label: string; truncate?: boolean }) {
  const theme = useTheme();
  const [frame, setFrame] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setFrame((current) => (current + 1) % FRAMES.length), FRAME_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <Text wrap={truncate ? 'truncate-end' : 'wrap'}>
      <Text color={theme.accent}>{FRAMES[frame]}</Text> {label}
    </Text>
  );
}
