import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

// Used when the output stream reports no size (a pipe or a test stream).
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

// Below these the layout stops making sense, so the app lays out as if the terminal were this big.
const MIN_COLUMNS = 20;
const MIN_ROWS = 10;

/** Returns the terminal size, updated when the terminal is resized. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => measure(stdout));

  useEffect(() => {
    const onResize = (): void => setSize(measure(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  return size;
}

function measure(stdout: NodeJS.WriteStream): TerminalSize {
  return {
    columns: Math.max(MIN_COLUMNS, stdout.columns || FALLBACK.columns),
    rows: Math.max(MIN_ROWS, stdout.rows || FALLBACK.rows),
  };
}
