import type { StopExitCode } from '../exit-codes.js';
import type { CallerIdentity, CreatedToken, Organization, TokenMetadata } from '../api/types.js';
import type { ExitCode } from '../exit-codes.js';
import type { SavedTokenFile } from '../files/token-file-writer.js';
import type { KeychainProblem, OrgGroupToken, TokenRejection } from './state.js';

export type OrganizationMenuChoice = 'create-token' | 'list-tokens' | 'choose-organization' | 'quit';

/**
 * Everything that moves the flow. Results of async work carry the `attempt`
 * they belong to, so the reducer can drop those that arrive too late.
 */
export type FlowAction =
  | { type: 'token-read'; token: OrgGroupToken | null; keychainProblem: KeychainProblem | null }
  | { type: 'token-entered'; value: string }
  | {
      type: 'token-verified';
      attempt: number;
      identity: CallerIdentity;
      keychainProblem: KeychainProblem | null;
      storedInKeychain: boolean;
    }
  | { type: 'token-rejected'; attempt: number; rejection: TokenRejection }
  | { type: 'token-check-failed'; attempt: number; error: unknown }
  | { type: 'token-check-retried' }
  | { type: 'token-not-stored-seen' }
  | { type: 'token-replace-chosen' }
  | { type: 'organizations-page'; attempt: number; page: Organization[] }
  | { type: 'organizations-loaded'; attempt: number }
  | { type: 'organizations-failed'; attempt: number; error: unknown }
  | { type: 'organizations-retried' }
  | { type: 'organization-chosen'; organization: Organization }
  | { type: 'menu-chosen'; choice: OrganizationMenuChoice }
  | { type: 'revoke-chosen'; token: TokenMetadata }
  | { type: 'token-name-changed'; value: string }
  | { type: 'token-name-accepted'; name: string; warning: string | null }
  | { type: 'token-created'; created: CreatedToken }
  | { type: 'reveal-toggled' }
  | { type: 'save-chosen' }
  | { type: 'token-saved'; saved: SavedTokenFile }
  | { type: 'another-token-chosen' }
  | { type: 'quit-chosen' }
  | { type: 'question-answered'; yes: boolean }
  | { type: 'back' }
  | { type: 'exit'; code: ExitCode }
  | { type: 'interrupted'; exitCode?: StopExitCode };

export type FlowDispatch = (action: FlowAction) => void;
