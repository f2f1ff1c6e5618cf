import type { CreatedToken, Organization } from '../api/types.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

/** Profile and API URL of the session, which the revoke command must name to reach the same place. */
export interface RevokeTarget {
  profile: string;
  apiUrl: { url: string; isDefault: boolean };

  /** True in demo mode, where tokens live only in the local demo server, which stops with the app. */
  demo: boolean;
}

const DEFAULT_PROFILE = 'default';

/** Text of the final frame about a token the app ends without saving. */
export interface UnsavedTokenNote {
  message: string;

  /** The command that revokes the token, shown on a line of its own so it can be copied whole; null in demo mode. */
  command: string | null;
}

/**
 * Says that a created token was not saved and how to revoke it, for the
 * final frame when the app ends before the token was saved. Names the token
 * by name and id only: never the token itself.
 */
export function describeUnsavedToken(created: CreatedToken, organization: Organization, target: RevokeTarget): UnsavedTokenNote {
  const token = `${sanitizeTerminalText(created.tokenName)} (${sanitizeTerminalText(created.tokenId)})`;

  if (target.demo) {
    return {
      message: `Demo token ${token} was not saved. It exists only in the local demo server, which stops with siro-token, so there is nothing to revoke.`,
      command: null,
    };
  }

  return {
    message: `Token ${token} exists in Siro and was not saved. To revoke it, run:`,
    command: revokeCommand(created.tokenId, organization.id, target),
  };
}

/** Returns the siro-token command that revokes the token, with the flags that pick this session's profile and API. */
export function revokeCommand(tokenId: string, organizationId: string, target: RevokeTarget): string {
  const words = ['siro-token', 'revoke', tokenId, '--org', organizationId];

  if (target.profile !== DEFAULT_PROFILE) {
    words.push('--profile', target.profile);
  }
  if (!target.apiUrl.isDefault) {
    words.push('--api-url', target.apiUrl.url);
  }

  return words.map((word) => shellWord(sanitizeTerminalText(word))).join(' ');
}

/** Quotes a word for POSIX shells when it contains anything but letters, digits and common punctuation. */
function shellWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) {
    return word;
  }
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
