import { Box, Text, useInput } from 'ink';
import { useMemo, useState } from 'react';

import type { Organization } from '../api/types.js';
import { ErrorNotice } from '../components/error-notice.js';
import { KeyHints } from '../components/key-hints.js';
import { moveSelection } from '../components/list-window.js';
import { Notice } from '../components/notice.js';
import { Spinner } from '../components/spinner.js';
import { useTheme } from '../components/theme.js';
import { truncateEnd } from '../components/truncate.js';
import { editFilter } from '../components/typed-filter.js';
import { WindowedList } from '../components/windowed-list.js';
import type { FlowDispatch } from '../flow/actions.js';
import { filterOrganizations, organizationLabel, sortOrganizations } from '../flow/organizations.js';
import type { OrganizationsLoad } from '../flow/state.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

const MAX_ID_LENGTH = 40;

export interface OrganizationPickerScreenProps {
  organizations: OrganizationsLoad;

  /** Rows of organizations shown at once. */
  height: number;

  dispatch: FlowDispatch;
}

/** Lists the organizations as they load, with type-to-filter, paging and a disabled-organization guard. */
export function OrganizationPickerScreen({ organizations, height, dispatch }: OrganizationPickerScreenProps) {
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const theme = useTheme();

  const sorted = useMemo(() => sortOrganizations(organizations.items), [organizations.items]);
  const shown = useMemo(() => filterOrganizations(sorted, filter), [sorted, filter]);

  // The selection follows an organization, not a row, because later pages
  // are sorted in among the rows already shown.
  const foundIndex = selectedId === null ? -1 : shown.findIndex((organization) => organization.id === selectedId);
  const selectedIndex = Math.max(0, foundIndex);

  const failed = organizations.status === 'failed';
  const nothingLoaded = organizations.items.length === 0;

  const select = (index: number): void => {
    const organization = shown[moveSelection(index, 0, shown.length)];
    setSelectedId(organization?.id ?? null);
    setNotice(null);
  };

  const choose = (): void => {
    const organization = shown[selectedIndex];
    if (organization === undefined) {
      return;
    }
    if (organization.disabled) {
      setNotice(
        `${organizationLabel(organization)} is disabled in Siro, so no token can be created for it. Choose another organization.`,
      );
      return;
    }
    dispatch({ type: 'organization-chosen', organization });
  };

  useInput((input, key) => {
    const retry = failed && ((key.ctrl && input === 'r') || (nothingLoaded && input === 'r'));
    if (retry) {
      dispatch({ type: 'organizations-retried' });
      return;
    }

    if (key.upArrow) {
      select(selectedIndex - 1);
    } else if (key.downArrow) {
      select(selectedIndex + 1);
    } else if (key.pageUp) {
      select(selectedIndex - height);
    } else if (key.pageDown) {
      select(selectedIndex + height);
    } else if (key.home) {
      select(0);
    } else if (key.end) {
      select(shown.length - 1);
    } else if (key.return) {
      choose();
    } else if (key.escape) {
      setFilter('');
      setNotice(null);
    } else if (!nothingLoaded) {
      const next = editFilter(filter, input, key);
      if (next !== null) {
        setFilter(next);
        setNotice(null);
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
      <Text bold>Choose an organization</Text>
      <LoadStatus organizations={organizations} />
      <Text>
        Filter: {filter === '' ? <Text dimColor={theme.dim}>type to filter by name or id</Text> : filter}
      </Text>
      {shown.length === 0 ? (
        <Text>No organization matches "{filter}". Press Esc to clear the filter.</Text>
      ) : (
        <WindowedList
          items={shown}
          selectedIndex={selectedIndex}
          height={height}
          itemKey={(organization) => organization.id}
          renderRow={(organization, selected) => <OrganizationRow organization={organization} selected={selected} />}
        />
      )}
      {notice !== null && <Notice tone="warning">{notice}</Notice>}
      {failed && (
        <Box flexDirection="column">
          <Text>
            Loading stopped after {organizations.items.length}{' '}
            {organizations.items.length === 1 ? 'organization' : 'organizations'}:
          </Text>
          <ErrorNotice error={organizations.error} />
          <Text>Press Ctrl+R to load them again; the organizations listed so far stay.</Text>
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

function LoadStatus({ organizations }: { organizations: OrganizationsLoad }) {
  const count = organizations.items.length;
  const noun = count === 1 ? 'organization' : 'organizations';

  if (organizations.status === 'loading') {
    return <Spinner label={`Loaded ${count} ${noun}, loading more…`} />;
  }
  return <Text>{`${count} ${noun}`}</Text>;
}

function OrganizationRow({ organization, selected }: { organization: Organization; selected: boolean }) {
  const theme = useTheme();
  const dim = organization.disabled && theme.dim;
  const id = truncateEnd(sanitizeTerminalText(organization.id), MAX_ID_LENGTH);

  return (
    <Box>
      <Text color={selected ? theme.accent : undefined}>{selected ? '› ' : '  '}</Text>
      <Box flexShrink={1}>
        <Text wrap="truncate-end" dimColor={dim} bold={selected} color={selected ? theme.accent : undefined}>
          {organizationLabel(organization)}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={2}>
        <Text dimColor={theme.dim}>
          {id}
          {organization.disabled ? ' (disabled)' : ''}
        </Text>
      </Box>
    </Box>
  );
}
