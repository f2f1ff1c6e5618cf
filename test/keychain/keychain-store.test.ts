// Runs against the real Secret Service that `npm test` starts (gnome-keyring
// in a private D-Bus session). Each test uses its own service name.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';

import * as keytar from '@napi-rs/keyring/keytar.js';

import { createKeychainStore } from '../../src/keychain/keychain-store.js';

const servicesUsed: string[] = [];

function testService(): string {
  const service = `siro-token-test-${randomUUID()}`;
  servicesUsed.push(service);
  return service;
}

function fakeToken(): string {
  return `fake-org-group-token-${randomBytes(12).toString('hex')}`;
}

afterEach(async () => {
  for (const service of servicesUsed.splice(0)) {
    const credentials = await keytar.findCredentials(service);

    for (const credential of credentials) {
      await keytar.deletePassword(service, credential.account);
    }
  }
});

test('keychain store reports its backend', () => {
  assert.equal(createKeychainStore(testService()).backend, 'keychain');
});

test('keychain read of missing profile', async () => {
  const store = createKeychainStore(testService());

  assert.equal(await store.read('default'), null);
});

test('keychain write then read', async () => {
  const store = createKeychainStore(testService());
  const token = fakeToken();

  await store.write('default', token);

  assert.equal(await store.read('default'), token);
});

test('keychain entry uses service and account', async () => {
  const service = testService();
  const store = createKeychainStore(service);
  const token = fakeToken();

  await store.write('staging', token);

  assert.equal(await keytar.getPassword(service, 'staging'), token);
});

test('keychain write overwrites the token', async () => {
  const store = createKeychainStore(testService());
  const first = fakeToken();
  const second = fakeToken();

  await store.write('default', first);
  await store.write('default', second);

  assert.equal(await store.read('default'), second);
  assert.deepEqual(await store.listProfiles(), ['default']);
});

test('keychain profiles are kept apart', async () => {
  const store = createKeychainStore(testService());
  const production = fakeToken();
  const staging = fakeToken();

  await store.write('production', production);
  await store.write('staging', staging);

  assert.equal(await store.read('production'), production);
  assert.equal(await store.read('staging'), staging);
});

test('keychain services are kept apart', async () => {
  const store = createKeychainStore(testService());
  const other = createKeychainStore(testService());

  await store.write('default', fakeToken());

  assert.equal(await other.read('default'), null);
  assert.deepEqual(await other.listProfiles(), []);
});

test('keychain remove then remove again', async () => {
  const store = createKeychainStore(testService());
  await store.write('default', fakeToken());

  assert.equal(await store.remove('default'), true);
  assert.equal(await store.read('default'), null);
  assert.equal(await store.remove('default'), false);
});

test('keychain lists profiles sorted without secrets', async () => {
  const store = createKeychainStore(testService());
  const tokens = [fakeToken(), fakeToken(), fakeToken()];

  await store.write('zeta', tokens[0] ?? '');
  await store.write('alpha', tokens[1] ?? '');
  await store.write('Beta.2', tokens[2] ?? '');
  const profiles = await store.listProfiles();

  assert.deepEqual(profiles, ['Beta.2', 'alpha', 'zeta']);
  for (const token of tokens) {
    assert.ok(!JSON.stringify(profiles).includes(token));
  }
});

test('keychain lists nothing for new service', async () => {
  const store = createKeychainStore(testService());

  assert.deepEqual(await store.listProfiles(), []);
});

test('keychain rejects invalid profile names', async () => {
  const store = createKeychainStore(testService());

  await assert.rejects(store.read(''), /profile name is empty/);
  await assert.rejects(store.write('a b', fakeToken()), /profile name "a b" is invalid/);
  await assert.rejects(store.remove('x'.repeat(65)), /65 characters long/);
});

test('keychain stores a unicode-free long token', async () => {
  const store = createKeychainStore(testService());
  const token = `fake-${'x'.repeat(2000)}-${randomBytes(4).toString('hex')}`;

  await store.write('default', token);

  assert.equal(await store.read('default'), token);
});
