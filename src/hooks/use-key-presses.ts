import { useInput, type Key } from 'ink';
import { useContext, useLayoutEffect, useRef } from 'react';

import { KeyPressRouterContext, useLastInputSequence } from './key-press-router.js';

/**
 * A handler of one key press. `sequence` is the bytes the terminal sent for
 * it, which tell apart keys that Ink 6.8 reports alike: Backspace (DEL,
 * 0x7f) and the Delete key (ESC [3~) both set `key.delete`.
 */
export type KeyHandler = (input: string, key: Key, sequence: string) => void;

/** A handler of one input event whole: a key, or a chunk of text with the keys typed or pasted with it. */
export type InputEventHandler = (input: string, key: Key, sequence: string) => void;

/**
 * Calls `handler` once per key press, like Ink's useInput, including key
 * presses that reach the app in one chunk of input. Ink 6.8 splits a chunk
 * only at escape sequences (arrows, Esc), so "abc" and Enter typed fast
 * arrive as one input "abc\r" in which Enter is no key. This hook splits
 * such text into its characters, each with the flags Ink sets for it alone.
 *
 * Handlers that read state must read the latest value (useCurrentState),
 * because all calls of one chunk happen before React renders again.
 */
export function useKeyPresses(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  useInputEvents((input, key, sequence) => {
    const characters = [...input];

    if (characters.length <= 1 || !isText(key)) {
      handler(input, key, sequence);
      return;
    }

    for (const character of characters) {
      handler(...keyPress(character, key), character);
    }
  }, options);
}

/**
 * Calls `handler` once per input event Ink emits, unsplit, with the bytes
 * the terminal sent. For a line input, which must see a pasted line whole
 * to tell its line breaks from Enter.
 *
 * Inside KeyPressRouterProvider (the app), the handler is registered in a
 * layout effect, so it receives keys from the moment its screen is drawn.
 * A component rendered alone, as in a screen test, falls back to Ink's useInput.
 */
export function useInputEvents(handler: InputEventHandler, options: { isActive?: boolean } = {}): void {
  const router = useContext(KeyPressRouterContext);
  const isActive = options.isActive !== false;
  const latestHandler = useRef(handler);

  useLayoutEffect(() => {
    latestHandler.current = handler;
  });

  useLayoutEffect(() => {
    if (router === null || !isActive) {
      return undefined;
    }

    return router.register((input, key, sequence) => latestHandler.current(input, key, sequence));
  }, [router, isActive]);

  const lastSequence = useLastInputSequence();
  useInput((input, key) => handler(input, key, lastSequence()), { isActive: router === null && isActive });
}

function isText(key: Key): boolean {
  return !(key.ctrl || key.meta || key.return || key.escape || key.tab || key.backspace || key.delete);
}

/** Returns the input and key flags Ink 6.8 sets for a lone character (see its parse-keypress.js). */
function keyPress(character: string, base: Key): [string, Key] {
  const key: Key = { ...base, shift: /^[A-Z]$/.test(character) };

  switch (character) {
    case '\r':
      return ['', { ...key, return: true }];
    case '\n':
      // Ink names a lone line feed "enter" but sets no flag for it, and passes it on as input.
      return ['\n', key];
    case '\t':
      return ['', { ...key, tab: true }];
    case '\b':
      return ['', { ...key, backspace: true }];
    case '\u007f':
      return ['', { ...key, delete: true }];
  }

  const code = character.codePointAt(0) ?? 0;
  if (code >= 0x01 && code <= 0x1a) {
    // Ctrl+A to Ctrl+Z arrive as codes 1 to 26; Ink reports the letter with `ctrl`.
    return [String.fromCharCode(code + 0x60), { ...key, ctrl: true }];
  }

  return [character, key];
}
