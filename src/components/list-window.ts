/**
 * Index arithmetic for a list that renders only the rows that fit: the
 * selection moves within the list, and the window follows the selection.
 */

/** Moves the selected index by `delta`, stopping at the first and last row. */
export function moveSelection(index: number, delta: number, total: number): number {
  if (total === 0) {
    return 0;
  }
  return Math.min(total - 1, Math.max(0, index + delta));
}

/**
 * Returns the first visible row: unchanged while the selection is visible,
 * otherwise scrolled just far enough to show it.
 */
export function windowStart(previousStart: number, selected: number, height: number, total: number): number {
  const maxStart = Math.max(0, total - height);
  let start = Math.min(previousStart, maxStart);

  if (selected < start) {
    start = selected;
  } else if (selected >= start + height) {
    start = selected - height + 1;
  }

  return Math.max(0, Math.min(start, maxStart));
}

/**
 * Returns how many rows a list shows within `maxLines` terminal lines: all
 * of them when they fit, otherwise one line fewer, which leaves room for
 * the line naming the rows shown.
 */
export function visibleRowCount(total: number, maxLines: number): number {
  return total <= maxLines ? total : Math.max(1, maxLines - 1);
}
