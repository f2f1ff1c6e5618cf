import { Box, Text } from 'ink';

import type { Organization } from '../api/types.js';
import { KeyHints } from '../components/key-hints.js';
import { Menu, type MenuItem } from '../components/menu.js';
import type { FlowDispatch, OrganizationMenuChoice } from '../flow/actions.js';
import { organizationWithId } from '../flow/organizations.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';

const MENU_ITEMS: Array<MenuItem<OrganizationMenuChoice>> = [
  { label: 'Create a new token', value: 'create-token' },
  { label: 'View and revoke existing tokens', value: 'list-tokens' },
  { label: 'Choose another organization', value: 'choose-organization' },
  { label: 'Quit', value: 'quit' },
];

/** Shows the actions for the chosen organization. */
export function OrganizationMenuScreen({ organization, dispatch }: { organization: Organization; dispatch: FlowDispatch }) {
  useKeyPresses((_input, key) => {
    if (key.escape) {
      dispatch({ type: 'back' });
    }
  });

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        Organization: <Text bold>{organizationWithId(organization)}</Text>
      </Text>
      <Menu items={MENU_ITEMS} onSelect={(choice) => dispatch({ type: 'menu-chosen', choice })} />
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
