import { useInput, useStdin, type Key } from 'ink';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';

/** A handler of one input event, with the bytes the terminal sent for it. */
export type InputEventListener = (input: string, key: Key, sequence: string) => void;

export interface KeyPressRouter {
  /** Adds a listener for every input event until the returned function removes it. */
  register(listener: InputEventListener): () => void;

  /**
   * Passes text with line breaks whole, until the returned function ends it:
   * for a field where a paste may wrap over lines, such as a token.
   */
  keepLinesWhole(): () => void;
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
  const typeAhead = useRef<TypeAhead | null>(null);
  const lastSequence = useLastInputSequence();
  const { internal_eventEmitter: inkInput } = useStdin();

  if (typeAhead.current === null) {
    typeAhead.current = new TypeAhead(
      (event) => {
        // A copy, because a listener may register or remove listeners.
        for (const listener of [...listeners]) {
          listener(event.input, event.key, event.sequence);
        }
      },
      // Held keys go back through Ink's input events, so they are parsed and
      // their state updates batched exactly like keys read from the terminal.
      (sequence) => inkInput.emit('input', sequence),
    );
  }

  const router = useMemo<KeyPressRouter>(
    () => ({
      register(listener) {
        listeners.add(listener);
        typeAhead.current?.listenerAdded();

        return () => {
          listeners.delete(listener);
        };
      },
      keepLinesWhole() {
        const current = typeAhead.current;
        current?.keepLinesWhole(+1);
        return () => current?.keepLinesWhole(-1);
      },
    }),
    [listeners],
  );

  const deliver = useCallback(
    (input: string, key: Key) => typeAhead.current?.receive({ input, key, sequence: lastSequence() }),
    [lastSequence],
  );

  useInput(deliver);

  useEffect(() => () => typeAhead.current?.stop(), []);

  return <KeyPressRouterContext.Provider value={router}>{children}</KeyPressRouterContext.Provider>;
}

interface InputEvent {
  input: string;
  key: Key;
  sequence: string;
}

/** Maximum wait for the next screen after Enter, in milliseconds, before held keys go to the current one. */
const HOLD_AFTER_ENTER_MS = 250;

/**
 * Holds the keys typed after Enter until the screen that Enter opens is
 * listening. Enter usually moves to another screen, and keys of the same
 * burst ("name", Enter, "y") are meant for that screen, but React draws it
 * and registers its listeners only a few event-loop turns later. Text that
 * carries a line break ("name\ry" in one read) is cut after each break, so
 * the line goes to the current screen and the rest waits.
 */
class TypeAhead {
  private readonly held: InputEvent[] = [];
  private holding = false;
  private timer: NodeJS.Timeout | undefined;

  /** Counts holds, so a release meant for one hold does not end a later one. */
  private holdNumber = 0;

  /** Number of mounted fields that take text with line breaks whole. */
  private wholeLineRequests = 0;

  constructor(
    private readonly dispatch: (event: InputEvent) => void,
    private readonly replay: (sequence: string) => void,
  ) {}

  keepLinesWhole(change: number): void {
    this.wholeLineRequests += change;
  }

  receive(event: InputEvent): void {
    const parts = this.wholeLineRequests > 0 ? [event] : splitAfterLineBreaks(event);

    for (const part of parts) {
      if (this.holding) {
        this.held.push(part);
        continue;
      }

      this.dispatch(part);

      if (endsWithEnter(part)) {
        this.hold();
      }
    }
  }

  /** Called when a screen starts listening: the held keys are for it. */
  listenerAdded(): void {
    if (this.holding) {
      const holdNumber = this.holdNumber;
      setImmediate(() => this.release(holdNumber));
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.held.length = 0;
    this.holding = false;
  }

  private hold(): void {
    this.holding = true;
    this.holdNumber += 1;

    const holdNumber = this.holdNumber;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.release(holdNumber), HOLD_AFTER_ENTER_MS);
  }

  private release(holdNumber: number): void {
    if (!this.holding || holdNumber !== this.holdNumber) {
      return;
    }

    clearTimeout(this.timer);
    this.holding = false;

    const pending = this.held.splice(0);
    for (const [index, event] of pending.entries()) {
      this.replay(event.sequence);

      if (this.holding) {
        // Another Enter: the rest waits for the screen after it.
        this.held.unshift(...pending.slice(index + 1));
        return;
      }
    }
  }
}

function isText(key: Key): boolean {
  return !(key.ctrl || key.meta || key.return || key.escape || key.tab || key.backspace || key.delete);
}

function endsWithEnter(event: InputEvent): boolean {
  return event.key.return || (isText(event.key) && /[\r\n]$/.test(event.input));
}

/** Cuts a text event after each line break; other events pass whole. */
function splitAfterLineBreaks(event: InputEvent): InputEvent[] {
  if (!isText(event.key) || !/[\r\n]./s.test(event.input)) {
    return [event];
  }

  const parts = event.input.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [event.input];
  return parts.map((part) =>
    /^(?:\r\n|\r|\n)$/.test(part)
      ? { input: '', key: { ...event.key, return: true }, sequence: '\r' }
      : { input: part, key: event.key, sequence: part },
  );
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

/** Makes the router pass text with line breaks whole while the calling component is mounted. */
export function useLinesKeptWhole(): void {
  const router = useContext(KeyPressRouterContext);

  useLayoutEffect(() => router?.keepLinesWhole(), [router]);
}
