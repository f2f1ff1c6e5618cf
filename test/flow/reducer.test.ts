import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { CreatedToken } from '../../src/api/types.js';
import { ExitCode } from '../../src/exit-codes.js';
import type { FlowAction } from '../../src/flow/actions.js';
import { flowReducer } from '../../src/flow/reducer.js';
import { initialFlowState, type FlowState } from '../../src/flow/state.js';
import { fakeSecret, orgGroupIdentity, organization, tokenMetadata } from '../support/fake-services.js';

const acme = organization('org-acme', 'Acme Corp');
const closed = organization('org-closed', 'Closed Inc', true);

function reduce(state: FlowState, ...actions: FlowAction[]): FlowState {
  return actions.reduce(flowReducer, state);
}

function createdToken(): CreatedToken {
  return { ...tokenMetadata({ tokenId: 'tok-new', tokenName: 'ci' }), token: fakeSecret('created') };
}

/** Returns a state on the organization picker, signed in with a token from the keychain. */
function signedIn(): FlowState {
  const token = fakeSecret('org-group');
  const checking = reduce(initialFlowState, { type: 'token-read', token: { value: token, source: 'keychain' }, keychainProblem: null });
  return reduce(checking, { type: 'token-verified', attempt: 1, identity: orgGroupIdentity(), keychainProblem: null, storedInKeychain: false });
}

/** Returns a state on the result screen with a token just created for Acme. */
function withCreatedToken(): FlowState {
  return reduce(
    signedIn(),
    { type: 'organization-chosen', organization: acme },
    { type: 'menu-chosen', choice: 'create-token' },
    { type: 'token-name-accepted', name: 'ci', warning: null },
    { type: 'token-created', created: createdToken() },
  );
}

describe('flowReducer sign-in', () => {
  test('no stored token asks for one', () => {
    const state = reduce(initialFlowState, { type: 'token-read', token: null, keychainProblem: null });

    assert.deepEqual(state.step, { kind: 'enter-token', rejection: null, replacing: false, draft: '' });
    assert.equal(state.signIn, null);
  });

  test('stored token starts check and organizations together', () => {
    const token = fakeSecret('org-group');
    const state = reduce(initialFlowState, { type: 'token-read', token: { value: token, source: 'keychain' }, keychainProblem: null });

    assert.equal(state.step.kind, 'checking-token');
    assert.equal(state.signIn?.attempt, 1);
    assert.ok(state.signIn?.token.value === token, 'the sign-in uses the stored token');
    assert.equal(state.organizations.status, 'loading');
    assert.equal(state.organizations.attempt, 1);
  });

  test('keychain problem is kept from the read', () => {
    const problem = { message: 'The keychain could not be reached.', remedy: 'Start gnome-keyring.', unreachable: true };
    const state = reduce(initialFlowState, { type: 'token-read', token: null, keychainProblem: problem });

    assert.deepEqual(state.keychainProblem, problem);
  });

  test('keychain problem at store gets a screen', () => {
    const problem = { message: 'Saving the token in the keychain failed: denied', remedy: null, unreachable: false };
    const checking = reduce(
      initialFlowState,
      { type: 'token-read', token: null, keychainProblem: null },
      { type: 'token-entered', value: fakeSecret('entered') },
    );

    const verified = reduce(checking, { type: 'token-verified', attempt: 1, identity: orgGroupIdentity(), keychainProblem: problem, storedInKeychain: false });
    const seen = reduce(verified, { type: 'token-not-stored-seen' });

    assert.equal(verified.step.kind, 'token-not-stored');
    assert.deepEqual(verified.keychainProblem, problem);
    assert.equal(seen.step.kind, 'pick-organization');
  });

  test('keychain problem from the read skips that screen', () => {
    const problem = { message: 'The keychain could not be reached.', remedy: 'Start gnome-keyring.', unreachable: true };
    const verified = reduce(
      initialFlowState,
      { type: 'token-read', token: null, keychainProblem: problem },
      { type: 'token-entered', value: fakeSecret('entered') },
      { type: 'token-verified', attempt: 1, identity: orgGroupIdentity(), keychainProblem: problem, storedInKeychain: false },
    );

    assert.equal(verified.step.kind, 'pick-organization');
  });

  test('verified token opens the organization picker', () => {
    const state = signedIn();

    assert.equal(state.step.kind, 'pick-organization');
    assert.equal(state.signIn?.identity?.authorizedOrgGroupId, 'og-test-1');
    assert.equal(state.signIn?.storedInKeychain, false);
  });

  test('stored entered token is remembered', () => {
    const state = reduce(
      initialFlowState,
      { type: 'token-read', token: null, keychainProblem: null },
      { type: 'token-entered', value: fakeSecret('entered') },
      { type: 'token-verified', attempt: 1, identity: orgGroupIdentity(), keychainProblem: null, storedInKeychain: true },
    );

    assert.equal(state.signIn?.storedInKeychain, true);
  });

  test('result of an older attempt is ignored', () => {
    const entered = reduce(
      initialFlowState,
      { type: 'token-read', token: null, keychainProblem: null },
      { type: 'token-entered', value: fakeSecret('first') },
      { type: 'token-check-failed', attempt: 1, error: new Error('boom') },
      { type: 'token-check-retried' },
    );
    const late = reduce(entered, { type: 'token-verified', attempt: 1, identity: orgGroupIdentity(), keychainProblem: null, storedInKeychain: false });

    assert.equal(entered.signIn?.attempt, 2);
    assert.equal(late.step.kind, 'checking-token');
    assert.equal(late.signIn?.identity, null);
  });

  test('rejected entered token asks again', () => {
    const state = reduce(
      initialFlowState,
      { type: 'token-read', token: null, keychainProblem: null },
      { type: 'token-entered', value: fakeSecret('wrong') },
      { type: 'token-rejected', attempt: 1, rejection: 'unauthorized' },
    );

    assert.deepEqual(state.step, { kind: 'enter-token', rejection: 'unauthorized', replacing: false, draft: '' });
    assert.equal(state.organizations.status, 'idle');
  });

  test('rejected stored token offers replacing', () => {
    const state = reduce(
      initialFlowState,
      { type: 'token-read', token: { value: fakeSecret('stored'), source: 'keychain' }, keychainProblem: null },
      { type: 'token-rejected', attempt: 1, rejection: 'unauthorized' },
    );

    assert.deepEqual(state.step, { kind: 'token-rejected', source: 'keychain', rejection: 'unauthorized' });
  });

  test('replacement stays marked as replacing after rejection', () => {
    const state = reduce(
      initialFlowState,
      { type: 'token-read', token: { value: fakeSecret('stored'), source: 'keychain' }, keychainProblem: null },
      { type: 'token-rejected', attempt: 1, rejection: 'unauthorized' },
      { type: 'token-replace-chosen' },
      { type: 'token-entered', value: fakeSecret('organization') },
      { type: 'token-rejected', attempt: 2, rejection: 'organization-token' },
    );

    assert.deepEqual(state.step, { kind: 'enter-token', rejection: 'organization-token', replacing: true, draft: '' });
  });

  test('rejected environment token is not replaced in keychain', () => {
    const state = reduce(
      initialFlowState,
      { type: 'token-read', token: { value: fakeSecret('env'), source: 'environment' }, keychainProblem: null },
      { type: 'token-rejected', attempt: 1, rejection: 'unauthorized' },
      { type: 'token-replace-chosen' },
    );

    assert.deepEqual(state.step, { kind: 'enter-token', rejection: null, replacing: false, draft: '' });
  });

  test('back from failed check keeps entered token', () => {
    const token = fakeSecret('entered');
    const state = reduce(
      initialFlowState,
      { type: 'token-read', token: null, keychainProblem: null },
      { type: 'token-entered', value: token },
      { type: 'token-check-failed', attempt: 1, error: new Error('timeout') },
      { type: 'back' },
    );

    assert.deepEqual(state.step, { kind: 'enter-token', rejection: null, replacing: false, draft: token });
  });
});

describe('flowReducer organizations', () => {
  test('pages are merged by id', () => {
    const state = reduce(
      signedIn(),
      { type: 'organizations-page', attempt: 1, page: [acme, closed] },
      { type: 'organizations-page', attempt: 1, page: [organization('org-acme', 'Acme Renamed')] },
    );

    assert.equal(state.organizations.items.length, 2);
    assert.equal(state.organizations.items[0]?.name, 'Acme Renamed');
  });

  test('page of an older load is ignored', () => {
    const state = reduce(signedIn(), { type: 'organizations-page', attempt: 7, page: [acme] });

    assert.equal(state.organizations.items.length, 0);
  });

  test('retry after failure keeps loaded organizations', () => {
    const state = reduce(
      signedIn(),
      { type: 'organizations-page', attempt: 1, page: [acme] },
      { type: 'organizations-failed', attempt: 1, error: new Error('repeated cursor') },
      { type: 'organizations-retried' },
    );

    assert.equal(state.organizations.status, 'loading');
    assert.equal(state.organizations.attempt, 2);
    assert.deepEqual(state.organizations.items, [acme]);
  });

  test('loaded marks the list done', () => {
    const state = reduce(signedIn(), { type: 'organizations-page', attempt: 1, page: [acme] }, { type: 'organizations-loaded', attempt: 1 });

    assert.equal(state.organizations.status, 'done');
  });

  test('disabled organization cannot be chosen', () => {
    const state = reduce(signedIn(), { type: 'organization-chosen', organization: closed });

    assert.equal(state.step.kind, 'pick-organization');
  });
});

describe('flowReducer navigation', () => {
  test('menu leads to naming and tokens', () => {
    const menu = reduce(signedIn(), { type: 'organization-chosen', organization: acme });

    assert.deepEqual(menu.step, { kind: 'organization-menu', organization: acme });
    assert.deepEqual(reduce(menu, { type: 'menu-chosen', choice: 'create-token' }).step, { kind: 'name-token', organization: acme });
    assert.deepEqual(reduce(menu, { type: 'menu-chosen', choice: 'list-tokens' }).step, { kind: 'list-tokens', organization: acme });
    assert.deepEqual(reduce(menu, { type: 'menu-chosen', choice: 'choose-organization' }).step, { kind: 'pick-organization' });
    assert.equal(reduce(menu, { type: 'menu-chosen', choice: 'quit' }).exitCode, ExitCode.success);
  });

  test('back from confirm keeps the name draft', () => {
    const state = reduce(
      signedIn(),
      { type: 'organization-chosen', organization: acme },
      { type: 'menu-chosen', choice: 'create-token' },
      { type: 'token-name-changed', value: 'deploy bot' },
      { type: 'token-name-accepted', name: 'deploy bot', warning: null },
      { type: 'back' },
    );

    assert.deepEqual(state.step, { kind: 'name-token', organization: acme });
    assert.equal(state.tokenNameDraft, 'deploy bot');
  });

  test('back from revoke returns to token list', () => {
    const token = tokenMetadata();
    const state = reduce(
      signedIn(),
      { type: 'organization-chosen', organization: acme },
      { type: 'menu-chosen', choice: 'list-tokens' },
      { type: 'revoke-chosen', token },
    );

    assert.deepEqual(state.step, { kind: 'revoke-token', organization: acme, token });
    assert.deepEqual(reduce(state, { type: 'back' }).step, { kind: 'list-tokens', organization: acme });
  });
});

describe('flowReducer result', () => {
  test('created token starts masked and unsaved', () => {
    const state = withCreatedToken();

    assert.deepEqual(state.step, { kind: 'show-token', question: null });
    assert.equal(state.createdToken?.revealed, false);
    assert.equal(state.createdToken?.saved, null);
  });

  test('reveal toggles both ways', () => {
    const revealed = reduce(withCreatedToken(), { type: 'reveal-toggled' });
    const hidden = reduce(revealed, { type: 'reveal-toggled' });

    assert.equal(revealed.createdToken?.revealed, true);
    assert.equal(hidden.createdToken?.revealed, false);
  });

  test('quit with unsaved token asks first', () => {
    const asked = reduce(withCreatedToken(), { type: 'quit-chosen' });

    assert.deepEqual(asked.step, { kind: 'show-token', question: 'quit' });
    assert.equal(asked.exitCode, null);
  });

  test('yes to quit question exits masked', () => {
    const state = reduce(withCreatedToken(), { type: 'reveal-toggled' }, { type: 'quit-chosen' }, { type: 'question-answered', yes: true });

    assert.equal(state.exitCode, ExitCode.success);
    assert.equal(state.createdToken?.revealed, false);
    assert.deepEqual(state.step, { kind: 'show-token', question: null }, 'the final frame drops the answered question');
  });

  test('interrupt at question drops it', () => {
    const state = reduce(withCreatedToken(), { type: 'another-token-chosen' }, { type: 'interrupted' });

    assert.equal(state.exitCode, ExitCode.interrupted);
    assert.deepEqual(state.step, { kind: 'show-token', question: null });
  });

  test('interrupt on save shows result', () => {
    const state = reduce(withCreatedToken(), { type: 'save-chosen' }, { type: 'interrupted' });

    assert.equal(state.exitCode, ExitCode.interrupted);
    assert.deepEqual(state.step, { kind: 'show-token', question: null });
  });

  test('no to quit question stays', () => {
    const state = reduce(withCreatedToken(), { type: 'quit-chosen' }, { type: 'question-answered', yes: false });

    assert.deepEqual(state.step, { kind: 'show-token', question: null });
    assert.equal(state.exitCode, null);
  });

  test('saved token quits without question', () => {
    const state = reduce(
      withCreatedToken(),
      { type: 'save-chosen' },
      { type: 'token-saved', saved: { path: '/tmp/ci.token', format: 'plain' } },
      { type: 'quit-chosen' },
    );

    assert.equal(state.exitCode, ExitCode.success);
  });

  test('another token after yes clears result', () => {
    const state = reduce(withCreatedToken(), { type: 'another-token-chosen' }, { type: 'question-answered', yes: true });

    assert.deepEqual(state.step, { kind: 'pick-organization' });
    assert.equal(state.createdToken, null);
    assert.equal(state.tokenNameDraft, '');
  });

  test('another token asks when unsaved', () => {
    const state = reduce(withCreatedToken(), { type: 'another-token-chosen' });

    assert.deepEqual(state.step, { kind: 'show-token', question: 'another-token' });
  });

  test('interrupt masks and exits 130', () => {
    const state = reduce(withCreatedToken(), { type: 'reveal-toggled' }, { type: 'interrupted' });

    assert.equal(state.exitCode, ExitCode.interrupted);
    assert.equal(state.createdToken?.revealed, false);
  });

  test('actions after exit are ignored', () => {
    const exited = reduce(withCreatedToken(), { type: 'interrupted' });
    const after = reduce(exited, { type: 'reveal-toggled' }, { type: 'quit-chosen' });

    assert.equal(after, exited);
  });
});
