import { useCallback, useRef, useState } from 'react';

/**
 * Component state that an input handler can read at once after setting it.
 * Ink calls input handlers once per key of a chunk of input (two arrow keys
 * typed fast, or "↓ Enter") before React renders again. A handler that
 * reads the value from its render sees the same value for every key of the
 * chunk, and so loses all moves but the last.
 *
 * Returns the value for rendering, a function that reads the latest value,
 * and a setter that updates both.
 */
export function useCurrentState<T>(initial: T): [value: T, read: () => T, write: (next: T) => void] {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);

  const read = useCallback(() => latest.current, []);
  const write = useCallback((next: T) => {
    latest.current = next;
    setValue(next);
  }, []);

  return [value, read, write];
}
