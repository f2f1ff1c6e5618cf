import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { checkOrgGroupToken, readStartupToken } from '../../src/flow/sign-in.js';
import { FakeSecretStore, FakeSiro, fakeSecret, httpError, keychainUnavailable, orgGroupIdentity } from '../support/fake-services.js';

describe('readStartupToken', () => {
  test('environment token wins over keychain', async () => {
    const secrets = new FakeSecretStore();
    secrets.entries.set('default', fakeSecret('stored'));
    const environmentToken = fakeSecret('env');

    const result = await readStartupToken(environmentToken, secrets, 'default');

    // Compared without assert.equal, so a failure does not print the token.
    assert.ok(result.token?.value === environmentToken, 'the environment token is used');
    assert.equal(result.token?.source, 'environment');
    assert.equal(result.keychainProblem, null);
  });

  test('keychain error on read becomes a problem', async () => {
    const secrets = new FakeSecretStore();
    secrets.read = async () => {
      throw keychainUnavailable();
    };

    const result = await readStartupToken(null, secrets, 'default');

    assert.equal(result.token, null);
    assert.match(result.keychainProblem?.message ?? '', /could not be reached/);
    assert.match(result.keychainProblem?.remedy ?? '', /gnome-keyring/);
  });

  test('other read error is described', async () => {
    const secrets = new FakeSecretStore();
    secrets.read = async () => {
      throw new Error('D-Bus call failed');
    };

    const result = await readStartupToken(null, secrets, 'default');

    assert.equal(result.keychainProblem?.message, 'Reading the token from the keychain failed: D-Bus call failed');
    assert.equal(result.keychainProblem?.remedy, null);
  });
});

describe('checkOrgGroupToken', () => {
  test('verified entered token is stored', async () => {
    const siro = new FakeSiro();
    const secrets = new FakeSecretStore();
    const token = fakeSecret('entered');

    const outcome = await checkOrgGroupToken(siro.connect(token), { value: token, source: 'entered' }, secrets, 'work');

    assert.equal(outcome.kind, 'verified');
    assert.ok(secrets.entries.get('work') === token, 'the keychain entry of the profile is the entered token');
    assert.equal(outcome.kind === 'verified' && outcome.storedInKeychain, true);
  });

  test('token kept in memory is not stored', async () => {
    const siro = new FakeSiro();
    const secrets = new FakeSecretStore();
    secrets.keychainErrorOnWrite = keychainUnavailable();
    const token = fakeSecret('entered');

    const outcome = await checkOrgGroupToken(siro.connect(token), { value: token, source: 'entered' }, secrets, 'work');

    assert.equal(outcome.kind, 'verified');
    assert.equal(outcome.kind === 'verified' && outcome.storedInKeychain, false);
    assert.match(outcome.kind === 'verified' ? (outcome.keychainProblem?.message ?? '') : '', /could not be reached/);
  });

  test('keychain token is not written again', async () => {
    const siro = new FakeSiro();
    const secrets = new FakeSecretStore();
    const token = fakeSecret('stored');

    const outcome = await checkOrgGroupToken(siro.connect(token), { value: token, source: 'keychain' }, secrets, 'default');

    assert.equal(secrets.writes.length, 0);
    assert.equal(outcome.kind === 'verified' && outcome.storedInKeychain, false);
  });

  test('401 is a rejection', async () => {
    const siro = new FakeSiro();
    siro.getCallerIdentity = async () => {
      throw httpError('GET /v1/core/auth/caller-identity', 401);
    };

    const outcome = await checkOrgGroupToken(siro.connect('x'), { value: 'x', source: 'entered' }, new FakeSecretStore(), 'default');

    assert.deepEqual(outcome, { kind: 'rejected', rejection: 'unauthorized' });
  });

  test('organization token is a rejection', async () => {
    const siro = new FakeSiro();
    siro.getCallerIdentity = async () => orgGroupIdentity({ authorizedOrgGroupId: null });
    const secrets = new FakeSecretStore();

    const outcome = await checkOrgGroupToken(siro.connect('x'), { value: 'x', source: 'entered' }, secrets, 'default');

    assert.deepEqual(outcome, { kind: 'rejected', rejection: 'organization-token' });
    assert.equal(secrets.writes.length, 0);
  });

  test('write failure becomes a keychain problem', async () => {
    const siro = new FakeSiro();
    const secrets = new FakeSecretStore();
    secrets.write = async () => {
      throw new Error('permission denied');
    };

    const outcome = await checkOrgGroupToken(siro.connect('x'), { value: 'x', source: 'entered' }, secrets, 'default');

    assert.equal(outcome.kind, 'verified');
    assert.equal(
      outcome.kind === 'verified' ? outcome.keychainProblem?.message : undefined,
      'Saving the token in the keychain failed: permission denied',
    );
  });
});
