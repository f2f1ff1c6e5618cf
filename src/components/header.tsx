import { Box, Text } from 'ink';

import type { CallerIdentity } from '../api/types.js';
import type { KeychainProblem, OrgGroupToken } from '../flow/state.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { textRows } from './text-rows.js';
import { useTheme } from './theme.js';

export const DEMO_BANNER = 'Demo mode: a local Siro stand-in on 127.0.0.1; no real token is created.';

export interface HeaderProps {
  demo: boolean;
  profile: string;
  token: OrgGroupToken | null;
  apiUrl: { url: string; isDefault: boolean };
  identity: CallerIdentity | null;

  /** True when the token entered in this session was verified and written to the keychain. */
  tokenStored: boolean;

  /** A keychain problem to mention next to the token source; the sign-in screens show it in full instead. */
  keychainNote: KeychainProblem | null;

  /** Leaves out the blank line below the header, for short terminals. */
  compact: boolean;

  /** Terminal width, which the token line wraps to when it carries a keychain note. */
  columns: number;
}

/** Renders the lines above every screen: demo banner, profile, token source, API URL and sign-in state. */
export function Header(props: HeaderProps) {
  const { demo, apiUrl, tokenStored, compact } = props;
  const signedIn = signedInText(props);
  const theme = useTheme();

  return (
    <Box flexDirection="column" marginBottom={compact ? 0 : 1}>
      {demo && (
        <Text color={theme.warning} bold wrap="truncate-end">
          {DEMO_BANNER}
        </Text>
      )}
      {/* Wraps rather than truncates only with a keychain note, so the note is never cut off. */}
      <Text wrap={props.keychainNote === null ? 'truncate-end' : 'wrap'}>
        <Text bold color={theme.accent}>
          siro-token
        </Text>
        {profileAndToken(props)}
      </Text>
      {!apiUrl.isDefault && <Text wrap="truncate-end">API: {sanitizeTerminalText(apiUrl.url)}</Text>}
      {/* Wraps rather than truncates only when it confirms the stored token, so the confirmation is never cut off. */}
      {signedIn !== null && (
        <Text color={theme.success} wrap={tokenStored ? 'wrap' : 'truncate-end'}>
          {signedIn}
        </Text>
      )}
    </Box>
  );
}

/** Returns the terminal lines the header takes, including the blank line below it. */
export function headerLineCount(props: HeaderProps): number {
  const tokenLine = `siro-token${profileAndToken(props)}`;

  return (
    (props.demo ? 1 : 0) +
    (props.keychainNote === null ? 1 : textRows(tokenLine, props.columns)) +
    (props.apiUrl.isDefault ? 0 : 1) +
    signedInRows(props) +
    (props.compact ? 0 : 1)
  );
}

function signedInText({ identity, tokenStored, profile }: HeaderProps): string | null {
  if (identity === null) {
    return null;
  }

  const orgGroup = sanitizeTerminalText(identity.authorizedOrgGroupId ?? '');
  const signedIn = `Signed in as token ${sanitizeTerminalText(identity.tokenName)} (org group ${orgGroup}).`;
  return tokenStored ? `${signedIn} Stored in the keychain (profile ${profile}).` : signedIn;
}

function signedInRows(props: HeaderProps): number {
  const text = signedInText(props);
  if (text === null) {
    return 0;
  }
  return props.tokenStored ? textRows(text, props.columns) : 1;
}

function profileAndToken({ profile, token, keychainNote }: HeaderProps): string {
  const source = token === null ? '' : ` · token: ${describeTokenSource(token, profile, keychainNote)}`;
  return ` · profile ${profile}${source}`;
}

/** Names where the org-group token of this session came from, and where it is kept when the keychain failed. */
export function describeTokenSource(token: OrgGroupToken, profile: string, keychainNote: KeychainProblem | null): string {
  switch (token.source) {
    case 'environment':
      return 'SIRO_ORG_GROUP_TOKEN (not stored)';
    case 'keychain':
      return `keychain (profile ${profile})`;
    case 'entered':
      if (keychainNote === null) {
        return 'entered now';
      }
      return keychainNote.unreachable
        ? 'entered now (keychain unreachable: kept in memory for this session only)'
        : 'entered now (not saved in the keychain: kept in memory for this session only)';
  }
}
