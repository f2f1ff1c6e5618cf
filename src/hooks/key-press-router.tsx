import { useInput, useStdin, type Key } from 'ink';
import { createContext, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';

/** A handler of one input event, with the bytes the terminal sent for it. */
export type InputEventListener = (input: string, key: Key, sequence: string) => void;

export interface KeyPressRouter {
  /** Adds a listener for every input event until the returned function removes it. */
  register(listener: InputEventListener): () => void;
}

export const KeyPressRouterContext = createContext<KeyPressRouter | null>(null);

/**
 * Receives every input event of the app through one Ink useInput whose
 * handler never changes, and passes it to the listeners registered below.
 *
 * Ink's useInput subscribes in a passive effect, which runs some time after
 * the frame is on screen, and again whenever its handler changes. Keys that
 * arrive in that gap, such as a name typed right after its screen appears,
 * reach the previous screen or no one. Listeners here register in layout
 * effects, which run before the next input can be read, so no gap remains.
 */
export function KeyPressRouterProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<InputEventListener>()).current;
  const lastSequence = useLastInputSequence();

  const router = useMemo<KeyPressRouter>(
    () => ({
      register(listener) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    }),
    [listeners],
  );

  const deliver = useCallback(
    (input: string, key: Key) => {
      const sequence = lastSequence();

      // A copy, because a listener may register or remove listeners.
      for (const listener of [...listeners]) {
        listener(input, key, sequence);
      }
    },
    [listeners, lastSequence],
  );

  useInput(deliver);

  return <KeyPressRouterContext.Provider value={router}>{children}</KeyPressRouterContext.Provider>;
}

/**
 * Returns a function that reads the input event Ink emitted last, before
 * Ink's useInput parsed it. It reads StdinContext's `internal_eventEmitter`,
 * typed in Ink 6.8 but marked internal: its listener goes first, so by the
 * time a useInput handler runs, it has recorded that handler's event.
 */
export function useLastInputSequence(): () => string {
  const { internal_eventEmitter: events } = useStdin();
  const last = useRef('');

  useEffect(() => {
    const record = (sequence: string): void => {
      last.current = sequence;
    };

    events.prependListener('input', record);
    return () => {
      events.removeListener('input', record);
    };
  }, [events]);

  return useCallback(() => last.current, []);
}
