import { Box, Text } from 'ink';
import { useMemo } from 'react';

import type { Organization } from '../api/types.js';
import { ErrorNotice, errorNoticeRows } from '../components/error-notice.js';
import { KeyHints } from '../components/key-hints.js';
import { moveSelection, visibleRowCount } from '../components/list-window.js';
import { Notice } from '../components/notice.js';
import { RowMarker } from '../components/row-marker.js';
import { Spinner } from '../components/spinner.js';
import { textRows } from '../components/text-rows.js';
import { useTheme } from '../components/theme.js';
import { truncateEnd } from '../components/truncate.js';
import { editFilter } from '../components/typed-filter.js';
import { WindowedList } from '../components/windowed-list.js';
import type { FlowDispatch } from '../flow/actions.js';
import { filterOrganizations, organizationLabel, organizationName, sortOrganizations } from '../flow/organizations.js';
import type { OrganizationsLoad } from '../flow/state.js';
import { useCurrentState } from '../hooks/use-current-state.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

const MAX_ID_LENGTH = 40;

// The list keeps this many lines even when the terminal is too short for it and the rest of the screen.
const MIN_LIST_LINES = 3;

const RETRY_TEXT = 'Press Ctrl+R to load them again; the organizations listed so far stay.';

export interface OrganizationPickerScreenProps {
  organizations: OrganizationsLoad;

  /** Terminal lines the screen may take; the list gets those the other lines leave. */
  rows: number;

  dispatch: FlowDispatch;
}

interface PickerView {
  filter: string;

  /** The selection follows an organization, not a row, because later pages are sorted in among the rows shown. */
  selectedId: string | null;

  notice: string | null;
}

/** Lists the organizations as they load, with type-to-filter, paging and a disabled-organization guard. */
export function OrganizationPickerScreen({ organizations, rows, dispatch }: OrganizationPickerScreenProps) {
  const [view, readView, setView] = useCurrentState<PickerView>({ filter: '', selectedId: null, notice: null });
  const { columns } = useTerminalSize();
  const theme = useTheme();

  const sorted = useMemo(() => sortOrganizations(organizations.items), [organizations.items]);
  const shown = useMemo(() => filterOrganizations(sorted, view.filter), [sorted, view.filter]);
  const selectedIndex = indexOf(shown, view.selectedId);

  const failed = organizations.status === 'failed';
  const nothingLoaded = organizations.items.length === 0;
  const stoppedText = `Loading stopped after ${organizations.items.length} ${organizationNoun(organizations.items.length)}:`;

  // Status, filter and key lines, plus the notice and the failure when shown.
  const linesAroundList =
    3 +
    (view.notice === null ? 0 : textRows(view.notice, columns)) +
    (failed
      ? textRows(stoppedText, columns) + errorNoticeRows(organizations.error, columns) + textRows(RETRY_TEXT, columns)
      : 0);
  const listLines = Math.max(MIN_LIST_LINES, rows - linesAroundList);
  const pageSize = visibleRowCount(shown.length, listLines);

  // Reads the latest view, not the rendered one: Ink calls this for every
  // key of a chunk of input before React renders again.
  useKeyPresses((input, key) => {
    if (failed && ((key.ctrl && input === 'r') || (nothingLoaded && input === 'r'))) {
      dispatch({ type: 'organizations-retried' });
      return;
    }

    const current = readView();
    const list = current.filter === view.filter ? shown : filterOrganizations(sorted, current.filter);
    const index = indexOf(list, current.selectedId);
    const select = (next: number): void => {
      const organization = list[moveSelection(next, 0, list.length)];
      setView({ ...current, selectedId: organization?.id ?? null, notice: null });
    };

    if (key.upArrow) {
      select(index - 1);
    } else if (key.downArrow) {
      select(index + 1);
    } else if (key.pageUp) {
      select(index - pageSize);
    } else if (key.pageDown) {
      select(index + pageSize);
    } else if (key.home) {
      select(0);
    } else if (key.end) {
      select(list.length - 1);
    } else if (key.return) {
      const organization = list[index];
      if (organization === undefined) {
        return;
      }
      if (organization.disabled) {
        const notice = `${organizationLabel(organization)} is disabled in Siro, so no token can be created for it. Choose another organization.`;
        setView({ ...current, notice });
        return;
      }
      dispatch({ type: 'organization-chosen', organization });
    } else if (key.escape) {
      setView({ ...current, filter: '', notice: null });
    } else if (!nothingLoaded) {
      const filter = editFilter(current.filter, input, key);
      if (filter !== null) {
        setView({ ...current, filter, notice: null });
      }
    }
  });

  if (nothingLoaded && organizations.status === 'loading') {
    return <Spinner label="Loading organizations…" />;
  }

  if (nothingLoaded && failed) {
    return (
      <Box flexDirection="column">
        <Text>The organizations could not be loaded.</Text>
        <ErrorNotice error={organizations.error} />
        <KeyHints
          hints={[
            ['r', 'retry'],
            ['Ctrl+C', 'quit'],
          ]}
        />
      </Box>
    );
  }

  if (nothingLoaded) {
    return (
      <Box flexDirection="column">
        <Text>This org group has no organizations, so there is nothing to create a token for.</Text>
        <KeyHints hints={[['Ctrl+C', 'quit']]} />
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      <LoadStatus organizations={organizations} matches={view.filter === '' ? null : shown.length} />
      <Text wrap="truncate-end">
        Filter: {view.filter === '' ? <Text dimColor={theme.dim}>type to filter by name or id</Text> : view.filter}
      </Text>
      {shown.length === 0 ? (
        <Text wrap="truncate-end">No organization matches "{view.filter}". Press Esc to clear the filter.</Text>
      ) : (
        <WindowedList
          items={shown}
          selectedIndex={selectedIndex}
          maxLines={listLines}
          itemKey={(organization) => organization.id}
          renderRow={(organization, selected) => <OrganizationRow organization={organization} selected={selected} />}
        />
      )}
      {view.notice !== null && <Notice tone="warning">{view.notice}</Notice>}
      {failed && (
        <Box flexDirection="column">
          <Text>{stoppedText}</Text>
          <ErrorNotice error={organizations.error} />
          <Text>{RETRY_TEXT}</Text>
        </Box>
      )}
      <KeyHints
        hints={[
          ['↑↓', 'move'],
          ['PgUp/PgDn', 'page'],
          ['Enter', 'choose'],
          ['Esc', 'clear filter'],
          ['Ctrl+C', 'quit'],
        ]}
      />
    </Box>
  );
}

function indexOf(organizations: readonly Organization[], id: string | null): number {
  return Math.max(0, id === null ? 0 : organizations.findIndex((organization) => organization.id === id));
}

function organizationNoun(count: number): string {
  return count === 1 ? 'organization' : 'organizations';
}

/**
 * Renders the title and the load progress on one line; while a filter is
 * typed, with how many of the organizations match it ("1 of 35 organizations").
 */
function LoadStatus({ organizations, matches }: { organizations: OrganizationsLoad; matches: number | null }) {
  const count = organizations.items.length;
  const title = 'Choose an organization · ';
  const matching = matches === null ? '' : `${matches} of `;

  if (organizations.status === 'loading') {
    return (
      <Box>
        <Box flexShrink={0}>
          <Text bold>{title}</Text>
        </Box>
        <Spinner
          label={
            matches === null
              ? `Loaded ${count} ${organizationNoun(count)}, loading more…`
              : `${matching}${count} ${organizationNoun(count)} loaded so far, loading more…`
          }
          truncate
        />
      </Box>
    );
  }

  return (
    <Text wrap="truncate-end">
      <Text bold>{title}</Text>
      {`${matching}${count} ${organizationNoun(count)}`}
    </Text>
  );
}

/** Renders one organization: its name and id, or, when it has no name, its id once and "(no name)". */
function OrganizationRow({ organization, selected }: { organization: Organization; selected: boolean }) {
  const theme = useTheme();
  const dim = organization.disabled && theme.dim;
  const name = organizationName(organization);
  const id = truncateEnd(sanitizeTerminalText(organization.id), MAX_ID_LENGTH);
  const disabled = organization.disabled ? ' (disabled)' : '';

  return (
    <Box>
      <RowMarker selected={selected} />
      <Box flexShrink={1}>
        <Text wrap="truncate-end" dimColor={dim} bold={selected} color={selected ? theme.accent : undefined}>
          {name ?? id}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={name === null ? 1 : 2}>
        <Text dimColor={theme.dim}>
          {name === null ? '(no name)' : id}
          {disabled}
        </Text>
      </Box>
    </Box>
  );
}
