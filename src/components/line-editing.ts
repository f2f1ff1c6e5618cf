import type { Key } from 'ink';

/** The text of a one-line input and the cursor position in it, counted in code points. */
export interface LineState {
  value: string;
  cursor: number;
}

export interface LineEditResult {
  line: LineState;

  /** True when the input ended the line: Enter, or a line break at the end of a pasted text. */
  submitted: boolean;
}

const ESC = '\u001b';

/** Returns a line holding `value` with the cursor at its end. */
export function lineAtEnd(value: string): LineState {
  return { value, cursor: [...value].length };
}

/**
 * Applies one input event from Ink to a line, with the keys of readline
 * and most shells: Ctrl+A/Home and Ctrl+E/End move to the start and end,
 * Ctrl+B/Left and Ctrl+F/Right move by a character, Alt+B and Alt+F by a
 * word; Backspace (also Ctrl+H) and Delete (also Ctrl+D) delete a character,
 * Ctrl+W and Alt+Backspace the word before the cursor, Ctrl+U everything
 * before it and Ctrl+K everything after it.
 *
 * `sequence` is the bytes the terminal sent; `key` is what Ink parsed from
 * them, used for escape sequences only.
 */
export function applyInputEvent(line: LineState, sequence: string, key: Key): LineEditResult {
  if (sequence.startsWith(ESC)) {
    return { line: applyEscapeSequence(line, sequence, key), submitted: false };
  }

  return applyText(line, sequence);
}

function applyEscapeSequence(line: LineState, sequence: string, key: Key): LineState {
  switch (sequence) {
    case `${ESC}\u007f`:
    case `${ESC}\b`:
      return deleteWordBefore(line);
    case `${ESC}b`:
      return moveTo(line, wordStartBefore(line));
    case `${ESC}f`:
      return moveTo(line, wordEndAfter(line));
  }

  if (key.leftArrow) {
    return moveTo(line, line.cursor - 1);
  }
  if (key.rightArrow) {
    return moveTo(line, line.cursor + 1);
  }
  if (key.home) {
    return moveTo(line, 0);
  }
  if (key.end) {
    return moveTo(line, Infinity);
  }
  if (key.delete) {
    return deleteAfter(line);
  }

  // Esc and other keys belong to the screen, not the line.
  return line;
}

/**
 * Applies a chunk of text: one key, or keys typed fast or pasted together.
 * A line break ends the line, unless more text follows it in the same
 * chunk: then it is part of a pasted text, such as a token copied over two
 * lines, and is dropped. A control character that is no editing key is
 * ignored when pressed alone, and kept when pasted with other text, so the
 * field's check can name it.
 */
function applyText(start: LineState, text: string): LineEditResult {
  const characters = [...text];
  let line = start;

  for (const [index, character] of characters.entries()) {
    if (character === '\r' || character === '\n') {
      const rest = characters.slice(index + 1).join('');
      if (/\S/u.test(rest)) {
        continue;
      }
      return { line, submitted: true };
    }

    line = applyCharacter(line, character, characters.length === 1);
  }

  return { line, submitted: false };
}

function applyCharacter(line: LineState, character: string, alone: boolean): LineState {
  switch (character) {
    case '\u0001': // Ctrl+A
      return moveTo(line, 0);
    case '\u0005': // Ctrl+E
      return moveTo(line, Infinity);
    case '\u0002': // Ctrl+B
      return moveTo(line, line.cursor - 1);
    case '\u0006': // Ctrl+F
      return moveTo(line, line.cursor + 1);
    case '\u007f': // Backspace
    case '\b': // Ctrl+H
      return deleteBefore(line);
    case '\u0004': // Ctrl+D
      return deleteAfter(line);
    case '\u0017': // Ctrl+W
      return deleteWordBefore(line);
    case '\u0015': // Ctrl+U
      return replaceRange(line, 0, line.cursor, '');
    case '\u000b': // Ctrl+K
      return replaceRange(line, line.cursor, Infinity, '');
    case '\u0003': // Ctrl+C, which the app handles
    case '\t':
      return line;
  }

  if (alone && isControlCharacter(character)) {
    return line;
  }

  return replaceRange(line, line.cursor, line.cursor, character);
}

function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function moveTo(line: LineState, cursor: number): LineState {
  const next = clamp(cursor, [...line.value].length);
  return next === line.cursor ? line : { ...line, cursor: next };
}

function deleteBefore(line: LineState): LineState {
  return line.cursor === 0 ? line : replaceRange(line, line.cursor - 1, line.cursor, '');
}

function deleteAfter(line: LineState): LineState {
  return replaceRange(line, line.cursor, line.cursor + 1, '');
}

function deleteWordBefore(line: LineState): LineState {
  return replaceRange(line, wordStartBefore(line), line.cursor, '');
}

/** Returns where the word before the cursor starts, skipping the spaces right before the cursor, as readline's Ctrl+W does. */
function wordStartBefore(line: LineState): number {
  const characters = [...line.value];
  let index = line.cursor;

  while (index > 0 && isSpace(characters[index - 1])) {
    index -= 1;
  }
  while (index > 0 && !isSpace(characters[index - 1])) {
    index -= 1;
  }

  return index;
}

function wordEndAfter(line: LineState): number {
  const characters = [...line.value];
  let index = line.cursor;

  while (index < characters.length && isSpace(characters[index])) {
    index += 1;
  }
  while (index < characters.length && !isSpace(characters[index])) {
    index += 1;
  }

  return index;
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/u.test(character);
}

/** Replaces the code points from `from` to `to` with `text`, and puts the cursor after the inserted text. */
function replaceRange(line: LineState, from: number, to: number, text: string): LineState {
  const characters = [...line.value];
  const start = clamp(from, characters.length);
  const end = clamp(to, characters.length);

  if (start === end && text === '') {
    return line;
  }

  const value = characters.slice(0, start).join('') + text + characters.slice(end).join('');
  return { value, cursor: start + [...text].length };
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}
