import { Box, Text } from 'ink';

import type { CallerIdentity } from '../api/types.js';
import type { KeychainProblem, OrgGroupToken } from '../flow/state.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { useTheme } from './theme.js';

export const DEMO_BANNER = 'Demo mode: a local Siro stand-in on 127.0.0.1; no real token is created.';

export interface HeaderProps {
  demo: boolean;
  profile: string;
  token: OrgGroupToken | null;
  apiUrl: { url: string; isDefault: boolean };
  identity: CallerIdentity | null;
  keychainProblem: KeychainProblem | null;
}

/** Renders the lines above every screen: demo banner, profile, token source, API URL, sign-in and keychain state. */
export function Header({ demo, profile, token, apiUrl, identity, keychainProblem }: HeaderProps) {
  const theme = useTheme();

  return (
    <Box flexDirection="column" marginBottom={1}>
      {demo && (
        <Text color={theme.warning} bold wrap="truncate-end">
          {DEMO_BANNER}
        </Text>
      )}
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>
          siro-token
        </Text>
        {` · profile ${profile}`}
        {token !== null && ` · token: ${describeTokenSource(token, profile, keychainProblem !== null)}`}
      </Text>
      {!apiUrl.isDefault && <Text wrap="truncate-end">API: {sanitizeTerminalText(apiUrl.url)}</Text>}
      {identity !== null && (
        <Text color={theme.success} wrap="truncate-end">
          Signed in as token {sanitizeTerminalText(identity.tokenName)} (org group{' '}
          {sanitizeTerminalText(identity.authorizedOrgGroupId ?? '')})
        </Text>
      )}
      {keychainProblem !== null && <KeychainWarning problem={keychainProblem} />}
    </Box>
  );
}

/** Names where the org-group token of this session came from. */
export function describeTokenSource(token: OrgGroupToken, profile: string, keychainUnavailable: boolean): string {
  switch (token.source) {
    case 'environment':
      return 'SIRO_ORG_GROUP_TOKEN (not stored)';
    case 'keychain':
      return `keychain (profile ${profile})`;
    case 'entered':
      return keychainUnavailable ? 'entered now (kept in memory for this session only)' : 'entered now';
  }
}

function KeychainWarning({ problem }: { problem: KeychainProblem }) {
  const theme = useTheme();

  return (
    <Box flexDirection="column">
      <Text color={theme.warning}>Warning: {sanitizeTerminalText(problem.message)}</Text>
      {problem.remedy !== null && <Text>{sanitizeTerminalText(problem.remedy)}</Text>}
      <Text>A token you enter now is kept in memory for this session only and not saved anywhere.</Text>
    </Box>
  );
}
