/**
 * Estimates the terminal rows a text takes when Ink 6.8 wraps it to
 * `columns`, so a screen can size its list before Ink lays it out. Ink
 * wraps with wrap-ansi (word wrap, words wider than a row split), and this
 * follows the same rules, erring towards more rows. Each character at or
 * above U+1100 counts as two columns, as emoji and CJK do, although some
 * such characters take one. A word wider than a row starts on a row of its
 * own, where wrap-ansi may start it on the row before.
 */
export function textRows(text: string, columns: number): number {
  const width = Math.max(1, Math.floor(columns));
  return text.split('\n').reduce((rows, line) => rows + lineRows(line, width), 0);
}

function lineRows(line: string, columns: number): number {
  let rows = 1;
  let used = 0;

  line.split(' ').forEach((word, index) => {
    const width = displayWidth(word);

    // wrap-ansi keeps the space before a word, at the end of the row or,
    // when the row is already full, at the start of the next one.
    if (index > 0) {
      if (used >= columns) {
        rows += 1;
        used = 0;
      }
      used += 1;
    }

    if (width === 0) {
      return;
    }

    if (used + width <= columns) {
      used += width;
      return;
    }

    if (used > 0) {
      rows += 1;
    }
    const extraRows = Math.ceil(width / columns) - 1;
    rows += extraRows;
    used = width - extraRows * columns;
  });

  return rows;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    width += (character.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  }
  return width;
}
