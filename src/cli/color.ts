/** Decides colour once per stream, and styles text with plain ANSI codes. */

export interface ColorDecisionInput {
  noColorFlag: boolean;
  json: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/** Colour is on only for a terminal, and off for --no-color, --json, a non-empty NO_COLOR or TERM=dumb. */
export function isColorEnabled(input: ColorDecisionInput): boolean {
  if (input.noColorFlag || input.json || !input.isTTY) {
    return false;
  }

  // no-color.org: any non-empty value turns colour off.
  if ((input.env.NO_COLOR ?? '') !== '') {
    return false;
  }

  return input.env.TERM !== 'dumb';
}

export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

export function createPalette(enabled: boolean): Palette {
  const style = (open: number, close: number) => (text: string) =>
    enabled ? `\u001B[${open}m${text}\u001B[${close}m` : text;

  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
  };
}
