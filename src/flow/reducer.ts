import type { Organization } from '../api/types.js';
import { ExitCode } from '../exit-codes.js';
import type { FlowAction, OrganizationMenuChoice } from './actions.js';
import type { FlowState, OrgGroupToken, Step, TokenRejection } from './state.js';

/** Moves the guided flow one action forward. Pure: all async work happens in hooks that dispatch results. */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  // Once an exit is decided, only the final masked render remains.
  if (state.exitCode !== null) {
    return state;
  }

  switch (action.type) {
    case 'token-read':
      if (action.token === null) {
        return {
          ...state,
          keychainProblem: action.keychainProblem,
          step: { kind: 'enter-token', rejection: null, replacing: false, draft: '' },
        };
      }
      return startSignIn({ ...state, keychainProblem: action.keychainProblem }, action.token, false);

    case 'token-entered': {
      const replacing = state.step.kind === 'enter-token' && state.step.replacing;
      return startSignIn(state, { value: action.value, source: 'entered' }, replacing);
    }

    case 'token-verified':
      if (!isCurrentCheck(state, action.attempt) || state.signIn === null) {
        return state;
      }
      return {
        ...state,
        signIn: { ...state.signIn, identity: action.identity, storedInKeychain: action.storedInKeychain },
        keychainProblem: state.keychainProblem ?? action.keychainProblem,
        // A problem first met while storing the token gets a screen of its
        // own, because the screens before could not show it.
        step: state.keychainProblem === null && action.keychainProblem !== null ? { kind: 'token-not-stored' } : { kind: 'pick-organization' },
      };

    case 'token-not-stored-seen':
      if (state.step.kind !== 'token-not-stored') {
        return state;
      }
      return { ...state, step: { kind: 'pick-organization' } };

    case 'token-rejected':
      if (!isCurrentCheck(state, action.attempt) || state.signIn === null) {
        return state;
      }
      return rejectToken(state, state.signIn.token, action.rejection);

    case 'token-check-failed':
      if (!isCurrentCheck(state, action.attempt)) {
        return state;
      }
      return { ...state, step: { kind: 'token-check-failed', error: action.error } };

    case 'token-check-retried':
      if (state.step.kind !== 'token-check-failed' || state.signIn === null) {
        return state;
      }
      return startSignIn(state, state.signIn.token, state.signIn.replacing);

    case 'token-replace-chosen':
      if (state.step.kind !== 'token-rejected') {
        return state;
      }
      return {
        ...state,
        step: { kind: 'enter-token', rejection: null, replacing: state.step.source === 'keychain', draft: '' },
      };

    case 'organizations-page':
      if (!isCurrentLoad(state, action.attempt)) {
        return state;
      }
      return {
        ...state,
        organizations: { ...state.organizations, items: mergeOrganizations(state.organizations.items, action.page) },
      };

    case 'organizations-loaded':
      if (!isCurrentLoad(state, action.attempt)) {
        return state;
      }
      return { ...state, organizations: { ...state.organizations, status: 'done', error: null } };

    case 'organizations-failed':
      if (!isCurrentLoad(state, action.attempt)) {
        return state;
      }
      return { ...state, organizations: { ...state.organizations, status: 'failed', error: action.error } };

    case 'organizations-retried':
      if (state.organizations.status !== 'failed') {
        return state;
      }
      // The organizations already loaded stay listed while the load starts over.
      return {
        ...state,
        organizations: {
          attempt: state.organizations.attempt + 1,
          status: 'loading',
          items: state.organizations.items,
          error: null,
        },
      };

    case 'organization-chosen':
      if (state.step.kind !== 'pick-organization' || action.organization.disabled) {
        return state;
      }
      return { ...state, step: { kind: 'organization-menu', organization: action.organization } };

    case 'menu-chosen':
      if (state.step.kind !== 'organization-menu') {
        return state;
      }
      return chooseMenuItem(state, state.step.organization, action.choice);

    case 'revoke-chosen':
      if (state.step.kind !== 'list-tokens') {
        return state;
      }
      return { ...state, step: { kind: 'revoke-token', organization: state.step.organization, token: action.token } };

    case 'token-name-changed':
      return { ...state, tokenNameDraft: action.value };

    case 'token-name-accepted':
      if (state.step.kind !== 'name-token') {
        return state;
      }
      return {
        ...state,
        step: {
          kind: 'confirm-create',
          organization: state.step.organization,
          tokenName: action.name,
          nameWarning: action.warning,
        },
      };

    case 'token-created':
      if (state.step.kind !== 'confirm-create') {
        return state;
      }
      return {
        ...state,
        createdToken: { created: action.created, organization: state.step.organization, revealed: false, saved: null },
        step: { kind: 'show-token', question: null },
      };

    case 'reveal-toggled':
      if (state.createdToken === null || state.step.kind !== 'show-token') {
        return state;
      }
      return { ...state, createdToken: { ...state.createdToken, revealed: !state.createdToken.revealed } };

    case 'save-chosen':
      if (state.createdToken === null || state.step.kind !== 'show-token') {
        return state;
      }
      return { ...state, step: { kind: 'save-token' } };

    case 'token-saved':
      if (state.createdToken === null) {
        return state;
      }
      return {
        ...state,
        createdToken: { ...state.createdToken, saved: action.saved },
        step: { kind: 'show-token', question: null },
      };

    case 'another-token-chosen':
      if (state.step.kind !== 'show-token') {
        return state;
      }
      if (hasUnsavedToken(state)) {
        return { ...state, step: { kind: 'show-token', question: 'another-token' } };
      }
      return startAnotherToken(state);

    case 'quit-chosen':
      if (state.step.kind === 'show-token' && hasUnsavedToken(state)) {
        return { ...state, step: { kind: 'show-token', question: 'quit' } };
      }
      return exitWith(state, ExitCode.success);

    case 'question-answered':
      if (state.step.kind !== 'show-token' || state.step.question === null) {
        return state;
      }
      if (!action.yes) {
        return { ...state, step: { kind: 'show-token', question: null } };
      }
      return state.step.question === 'quit' ? exitWith(state, ExitCode.success) : startAnotherToken(state);

    case 'back':
      return goBack(state);

    case 'exit':
      return exitWith(state, action.code);

    case 'interrupted':
      return exitWith(state, action.exitCode ?? ExitCode.interrupted);
  }
}

/** Starts the identity check and, together with it, the organization list, so neither waits for the other. */
function startSignIn(state: FlowState, token: OrgGroupToken, replacing: boolean): FlowState {
  const attempt = (state.signIn?.attempt ?? 0) + 1;

  return {
    ...state,
    signIn: { attempt, token, replacing, identity: null, storedInKeychain: false },
    organizations: { attempt: state.organizations.attempt + 1, status: 'loading', items: [], error: null },
    step: { kind: 'checking-token' },
  };
}

function rejectToken(state: FlowState, token: OrgGroupToken, rejection: TokenRejection): FlowState {
  const stopped: FlowState = { ...state, organizations: { ...state.organizations, status: 'idle' } };

  if (token.source === 'entered') {
    const replacing = state.signIn?.replacing ?? false;
    return { ...stopped, step: { kind: 'enter-token', rejection, replacing, draft: '' } };
  }

  return { ...stopped, step: { kind: 'token-rejected', source: token.source, rejection } };
}

function chooseMenuItem(state: FlowState, organization: Organization, choice: OrganizationMenuChoice): FlowState {
  switch (choice) {
    case 'create-token':
      return { ...state, step: { kind: 'name-token', organization } };
    case 'list-tokens':
      return { ...state, step: { kind: 'list-tokens', organization } };
    case 'choose-organization':
      return { ...state, step: { kind: 'pick-organization' } };
    case 'quit':
      return exitWith(state, ExitCode.success);
  }
}

function goBack(state: FlowState): FlowState {
  const step = state.step;
  const to = (next: Step): FlowState => ({ ...state, step: next });

  switch (step.kind) {
    case 'token-check-failed':
      // Only an entered token can be typed again; the caller offers quitting for the other sources.
      if (state.signIn?.token.source !== 'entered') {
        return state;
      }
      return to({
        kind: 'enter-token',
        rejection: null,
        replacing: state.signIn.replacing,
        draft: state.signIn.token.value,
      });
    case 'organization-menu':
      return to({ kind: 'pick-organization' });
    case 'list-tokens':
    case 'name-token':
      return to({ kind: 'organization-menu', organization: step.organization });
    case 'revoke-token':
      return to({ kind: 'list-tokens', organization: step.organization });
    case 'confirm-create':
      return to({ kind: 'name-token', organization: step.organization });
    case 'save-token':
      return to({ kind: 'show-token', question: null });
    case 'show-token':
      return step.question === null ? state : to({ kind: 'show-token', question: null });
    default:
      return state;
  }
}

function startAnotherToken(state: FlowState): FlowState {
  return { ...state, createdToken: null, tokenNameDraft: '', step: { kind: 'pick-organization' } };
}

/**
 * Ends the flow; a revealed token is masked first, so the final frame left
 * in the scrollback does not show it. Leaving the created token's screens,
 * the final frame is the result without its question, so it can say what
 * became of the token.
 */
function exitWith(state: FlowState, code: ExitCode): FlowState {
  if (state.createdToken === null) {
    return { ...state, exitCode: code };
  }

  const createdToken = { ...state.createdToken, revealed: false };
  const onResult = state.step.kind === 'show-token' || state.step.kind === 'save-token';
  const step: Step = onResult ? { kind: 'show-token', question: null } : state.step;

  return { ...state, createdToken, step, exitCode: code };
}

function hasUnsavedToken(state: FlowState): boolean {
  return state.createdToken !== null && state.createdToken.saved === null;
}

function isCurrentCheck(state: FlowState, attempt: number): boolean {
  return state.step.kind === 'checking-token' && state.signIn?.attempt === attempt;
}

function isCurrentLoad(state: FlowState, attempt: number): boolean {
  return state.organizations.status === 'loading' && state.organizations.attempt === attempt;
}

/** Adds a page to the loaded organizations; an id seen before is replaced, not listed twice. */
function mergeOrganizations(items: Organization[], page: Organization[]): Organization[] {
  const byId = new Map(items.map((organization) => [organization.id, organization]));
  for (const organization of page) {
    byId.set(organization.id, organization);
  }
  return [...byId.values()];
}
