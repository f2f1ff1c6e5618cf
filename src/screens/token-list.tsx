import { Box, Text, type Key } from 'ink';
import { useEffect, useMemo } from 'react';

import type { SiroApi } from '../api/siro-api.js';
import type { CallerIdentity, Organization, TokenMetadata } from '../api/types.js';
import { KeyHints } from '../components/key-hints.js';
import { moveSelection, visibleRowCount } from '../components/list-window.js';
import { Notice } from '../components/notice.js';
import { RowMarker } from '../components/row-marker.js';
import { RetryPrompt } from '../components/retry-prompt.js';
import { Spinner } from '../components/spinner.js';
import { textRows } from '../components/text-rows.js';
import { useTheme } from '../components/theme.js';
import { truncateEnd } from '../components/truncate.js';
import { WindowedList } from '../components/windowed-list.js';
import type { FlowDispatch } from '../flow/actions.js';
import { formatLocalTime } from '../flow/local-time.js';
import { organizationWithId } from '../flow/organizations.js';
import { useCurrentState } from '../hooks/use-current-state.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTask } from '../hooks/use-task.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

const MAX_ID_LENGTH = 40;

// Fits a formatted time with a long zone name ("Jun 13, 2024, 4:00:00 AM GMT+5:30"); a
// created time that does not parse is shown raw, so it is cut to keep the row on one line.
const MAX_TIME_LENGTH = 40;

// The list keeps this many lines even when the terminal is too short for it and the rest of the screen.
const MIN_LIST_LINES = 3;

// The details of the selected token: a blank line, then id, created time and creator.
const DETAILS_LINES = 4;

const IN_USE_NOTICE = 'This is the org-group token siro-token is signed in with, so it cannot be revoked from here.';

export interface TokenListScreenProps {
  organization: Organization;
  api: SiroApi;

  /** The org-group token in use, which is marked and cannot be revoked from here. */
  identity: CallerIdentity | null;

  /** Terminal lines the screen may take; the list gets those the other lines leave. */
  rows: number;

  dispatch: FlowDispatch;
}

/** Lists the tokens of one organization, newest first. Enter opens the revoke confirmation for the selected one. */
export function TokenListScreen({ organization, api, identity, rows, dispatch }: TokenListScreenProps) {
  const theme = useTheme();
  const { columns } = useTerminalSize();
  const listing = useTask(() => api.listTokens(organization.id));
  const [selectedIndex, readSelectedIndex, setSelectedIndex] = useCurrentState(0);
  const [notice, , setNotice] = useCurrentState<string | null>(null);

  const { run } = listing;
  useEffect(() => {
    void run();
  }, [run]);

  const tokens = useMemo(
    () => (listing.state.status === 'done' ? sortNewestFirst(listing.state.value) : []),
    [listing.state],
  );
  const selected = tokens[selectedIndex];
  const isInUse = (token: TokenMetadata): boolean => identity !== null && token.tokenId === identity.tokenId;

  // The title and key lines, and the notice when shown. The details of the
  // selected token go first when the terminal is short.
  const spareLines = rows - 2 - (notice === null ? 0 : textRows(notice, columns));
  const showDetails = spareLines - DETAILS_LINES >= Math.min(MIN_LIST_LINES, Math.max(1, tokens.length));
  const listLines = Math.max(MIN_LIST_LINES, spareLines - (showDetails ? DETAILS_LINES : 0));
  const pageSize = visibleRowCount(tokens.length, listLines);

  // Reads the latest selection, not the rendered one: Ink calls this for
  // every key of a chunk of input before React renders again.
  useKeyPresses(
    (_input, key) => {
      if (key.escape) {
        dispatch({ type: 'back' });
      } else if (key.upArrow || key.downArrow || key.pageUp || key.pageDown) {
        setSelectedIndex(moveSelection(readSelectedIndex(), selectionDelta(key, pageSize), tokens.length));
        setNotice(null);
      } else if (key.return) {
        const token = tokens[readSelectedIndex()];
        if (token === undefined) {
          return;
        }
        if (isInUse(token)) {
          setNotice(IN_USE_NOTICE);
          return;
        }
        dispatch({ type: 'revoke-chosen', token });
      }
    },
    { isActive: listing.state.status !== 'failed' },
  );

  const title = (
    <Text bold wrap="truncate-end">
      Tokens of {organizationWithId(organization)}
    </Text>
  );

  if (listing.state.status === 'failed') {
    return (
      <Box flexDirection="column">
        {title}
        <RetryPrompt error={listing.state.error} onRetry={() => void run()} onBack={() => dispatch({ type: 'back' })} />
      </Box>
    );
  }

  if (listing.state.status !== 'done') {
    return (
      <Box flexDirection="column">
        {title}
        <Spinner label="Loading the tokens…" />
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      {title}
      {tokens.length === 0 ? (
        <Text>This organization has no tokens.</Text>
      ) : (
        <WindowedList
          items={tokens}
          selectedIndex={selectedIndex}
          maxLines={listLines}
          itemKey={(token) => token.tokenId}
          renderRow={(token, isSelected) => (
            <Box>
              <RowMarker selected={isSelected} />
              <Box flexShrink={1}>
                <Text wrap="truncate-end" bold={isSelected}>
                  {sanitizeTerminalText(token.tokenName)}
                  {isInUse(token) ? ' (in use by siro-token)' : ''}
                </Text>
              </Box>
              <Box flexShrink={0} marginLeft={2}>
                <Text dimColor={theme.dim}>
                  {truncateEnd(sanitizeTerminalText(token.tokenId), MAX_ID_LENGTH)} · {truncateEnd(formatLocalTime(token.createdAt), MAX_TIME_LENGTH)}
                </Text>
              </Box>
            </Box>
          )}
        />
      )}
      {showDetails && selected !== undefined && <TokenDetails token={selected} />}
      {notice !== null && <Notice tone="warning">{notice}</Notice>}
      <KeyHints
        hints={
          tokens.length === 0
            ? [['Esc', 'back']]
            : [
                ['↑↓', 'move'],
                ['PgUp/PgDn', 'page'],
                ['Enter', 'revoke'],
                ['Esc', 'back'],
              ]
        }
      />
    </Box>
  );
}

function selectionDelta(key: Key, pageSize: number): number {
  if (key.upArrow) {
    return -1;
  }
  if (key.downArrow) {
    return 1;
  }
  return key.pageUp ? -pageSize : pageSize;
}

function TokenDetails({ token }: { token: TokenMetadata }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="truncate-end">Token ID: {sanitizeTerminalText(token.tokenId)}</Text>
      <Text wrap="truncate-end">Created: {formatLocalTime(token.createdAt)}</Text>
      <Text wrap="truncate-end">Created by: {describeCreator(token)}</Text>
    </Box>
  );
}

function describeCreator(token: TokenMetadata): string {
  if (token.createdBy !== null) {
    return `user ${sanitizeTerminalText(token.createdBy)}`;
  }
  if (token.parentOrgGroupTokenId !== null) {
    return `org-group token ${sanitizeTerminalText(token.parentOrgGroupTokenId)}`;
  }
  return 'unknown';
}

function sortNewestFirst(tokens: readonly TokenMetadata[]): TokenMetadata[] {
  const time = (token: TokenMetadata): number => {
    const parsed = Date.parse(token.createdAt);
    return Number.isNaN(parsed) ? 0 : parsed;
  };
  return [...tokens].sort((left, right) => time(right) - time(left));
}
