import type { SavedTokenFile, TokenFileFormat } from '../files/token-file-writer.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

/** Descriptions of each file format's content, shown next to the path input and after saving. */
export const FORMAT_DESCRIPTIONS: Record<TokenFileFormat, string> = {
  plain: 'plain: the token and a newline',
  env: '.env: SIRO_API_TOKEN=<token> and a newline',
  json: '.json: the whole create response',
};

export function describeSavedFile(saved: SavedTokenFile): string {
  return `Saved to ${sanitizeTerminalText(saved.path)} (mode 0600, ${FORMAT_DESCRIPTIONS[saved.format]}).`;
}
