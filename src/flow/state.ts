import type { CallerIdentity, CreatedToken, Organization, TokenMetadata } from '../api/types.js';
import type { ExitCode } from '../exit-codes.js';
import type { SavedTokenFile } from '../files/token-file-writer.js';

/** The origin of this session's org-group token. */
export type TokenSource = 'environment' | 'keychain' | 'entered';

export interface OrgGroupToken {
  value: string;
  source: TokenSource;
}

/** The reason the keychain could not be used, so the token lives in memory for this session only. */
export interface KeychainProblem {
  message: string;
  remedy: string | null;

  /** True when the keychain could not be reached at all, false when one operation on it failed. */
  unreachable: boolean;
}

/** The reason Siro did not accept an org-group token. */
export type TokenRejection =
  /** 401: mistyped, revoked or for another environment. */
  | 'unauthorized'
  /** `authorizedOrgGroupId` is null: the token belongs to one organization, not an org group. */
  | 'organization-token';

/**
 * One identity check of an org-group token. `attempt` changes on every new
 * check, so results of an earlier check are ignored.
 */
export interface SignIn {
  attempt: number;
  token: OrgGroupToken;

  /** True when an entered token is to replace a stored one that Siro rejected. */
  replacing: boolean;

  identity: CallerIdentity | null;

  /** True once an entered token was verified and written to the keychain in this session. */
  storedInKeychain: boolean;
}

/**
 * The organizations of the org group, loaded page by page. `attempt`
 * changes when loading starts over, so pages of an earlier load are ignored.
 */
export interface OrganizationsLoad {
  attempt: number;
  status: 'idle' | 'loading' | 'done' | 'failed';
  items: Organization[];
  error: unknown;
}

/** The token created in this session and what happened to it since. */
export interface CreatedTokenState {
  created: CreatedToken;
  organization: Organization;
  revealed: boolean;
  saved: SavedTokenFile | null;
}

/** A y/N question on the result screen, asked before leaving an unsaved token. */
export type UnsavedTokenQuestion = 'quit' | 'another-token';

export type Step =
  | { kind: 'reading-token' }
  | {
      kind: 'enter-token';
      /** The reason Siro did not accept the token entered before, if it did not. */
      rejection: TokenRejection | null;
      /** True when a stored token was rejected: it stays in the keychain until the new one is verified. */
      replacing: boolean;

      /** The value to put back into the input, so an error does not lose what was typed. */
      draft: string;
    }
  | { kind: 'checking-token' }
  | { kind: 'token-rejected'; source: 'keychain' | 'environment'; rejection: TokenRejection }
  | { kind: 'token-check-failed'; error: unknown }
  /** Siro accepted an entered token, but storing it in the keychain failed, which no earlier screen could tell. */
  | { kind: 'token-not-stored' }
  | { kind: 'pick-organization' }
  | { kind: 'organization-menu'; organization: Organization }
  | { kind: 'list-tokens'; organization: Organization }
  | { kind: 'revoke-token'; organization: Organization; token: TokenMetadata }
  | { kind: 'name-token'; organization: Organization }
  | {
      kind: 'confirm-create';
      organization: Organization;
      tokenName: string;
      /** A duplicate-name warning, or a note that the existing tokens could not be read. */
      nameWarning: string | null;
    }
  | { kind: 'show-token'; question: UnsavedTokenQuestion | null }
  | { kind: 'save-token' };

export type StepKind = Step['kind'];

export interface FlowState {
  step: Step;
  signIn: SignIn | null;
  organizations: OrganizationsLoad;
  keychainProblem: KeychainProblem | null;

  /** The token name typed so far, kept when the user goes back or an error occurs. */
  tokenNameDraft: string;

  createdToken: CreatedTokenState | null;

  /** Set when the app should exit: the root renders once more (token masked), then exits with this code. */
  exitCode: ExitCode | null;
}

export const initialFlowState: FlowState = {
  step: { kind: 'reading-token' },
  signIn: null,
  organizations: { attempt: 0, status: 'idle', items: [], error: null },
  keychainProblem: null,
  tokenNameDraft: '',
  createdToken: null,
  exitCode: null,
};
