import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';

import type { Organization } from '../api/types.js';
import { KeyHints } from '../components/key-hints.js';
import type { FlowDispatch, OrganizationMenuChoice } from '../flow/actions.js';
import { organizationLabel } from '../flow/organizations.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';

const MENU_ITEMS: Array<{ label: string; value: OrganizationMenuChoice }> = [
  { label: 'Create a new token', value: 'create-token' },
  { label: 'View and revoke existing tokens', value: 'list-tokens' },
  { label: 'Choose another organization', value: 'choose-organization' },
  { label: 'Quit', value: 'quit' },
];

/** Shows the actions for the chosen organization. */
export function OrganizationMenuScreen({ organization, dispatch }: { organization: Organization; dispatch: FlowDispatch }) {
  useInput((_input, key) => {
    if (key.escape) {
      dispatch({ type: 'back' });
    }
  });

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Organization: <Text bold>{organizationLabel(organization)}</Text> ({sanitizeTerminalText(organization.id)})
      </Text>
      <SelectInput items={MENU_ITEMS} onSelect={(item) => dispatch({ type: 'menu-chosen', choice: item.value })} />
      <KeyHints
        hints={[
          ['↑↓', 'move'],
          ['Enter', 'choose'],
          ['Esc', 'back to the organizations'],
        ]}
      />
    </Box>
  );
}
