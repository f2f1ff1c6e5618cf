import type { Palette } from './color.js';

/**
 * Renders rows as aligned columns with a bold header. Every column but the
 * last is padded by code points, so it must contain ASCII such as ids and
 * dates. The last column is never padded, so names of any width (CJK, emoji)
 * do not break the alignment.
 */
export function renderTable(headers: string[], rows: string[][], style: Palette): string[] {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );

  const render = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)))
      .join('  ');

  return [style.bold(render(headers)), ...rows.map(render)];
}
