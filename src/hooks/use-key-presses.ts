import { useInput, type Key } from 'ink';

export type KeyHandler = (input: string, key: Key) => void;

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
  useInput((input, key) => {
    const characters = [...input];

    if (characters.length <= 1 || !isText(key)) {
      handler(input, key);
      return;
    }

    for (const character of characters) {
      handler(...keyPress(character, key));
    }
  }, options);
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
