import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createMemoryStore } from '../../src/keychain/memory-store.js';
import { createSessionStore } from '../../src/keychain/session-store.js';
import { KeychainUnavailableError, type SecretStore } from '../../src/keychain/secret-store.js';

/** A keychain double whose calls fail as an unreachable keychain does, counting the calls. */
function unreachableKeychain(): SecretStore & { calls: number } {
  const fail = async (): Promise<never> => {
    store.calls += 1;
    throw new KeychainUnavailableError('Could not reach the OS keychain.', 'Start one.');
  };

  const store = {
    backend: 'keychain' as const,
    calls: 0,
    read: fail,
    write: fail,
    remove: fail,
    listProfiles: fail,
  };

  return store;
}

test('session store delegates to keychain', async () => {
  const keychain = createMemoryStore();
  await keychain.write('default', 'fake-stored');
  const session = createSessionStore(keychain);

  assert.equal(await session.read('default'), 'fake-stored');
  await session.write('other', 'fake-other');
  assert.equal(await keychain.read('other'), 'fake-other');
  assert.equal(session.unavailable, null);
});

test('session store keeps keychain backend', () => {
  const keychain = { ...createMemoryStore(), backend: 'keychain' as const };

  assert.equal(createSessionStore(keychain).backend, 'keychain');
});

test('session store read falls back', async () => {
  const keychain = unreachableKeychain();
  const session = createSessionStore(keychain);

  assert.equal(await session.read('default'), null);
  assert.ok(session.unavailable instanceof KeychainUnavailableError);
  assert.equal(session.backend, 'memory');
});

test('session store write lands in memory', async () => {
  const keychain = unreachableKeychain();
  const session = createSessionStore(keychain);

  await session.write('default', 'fake-session-token');

  assert.equal(session.backend, 'memory');
  assert.equal(await session.read('default'), 'fake-session-token');
  assert.deepEqual(await session.listProfiles(), ['default']);
  assert.equal(await session.remove('default'), true);
});

test('session store stops calling keychain', async () => {
  const keychain = unreachableKeychain();
  const session = createSessionStore(keychain);

  await session.read('default');
  await session.write('default', 'fake-token');
  await session.listProfiles();

  assert.equal(keychain.calls, 1);
});

test('session store keeps first error', async () => {
  const keychain = unreachableKeychain();
  const session = createSessionStore(keychain);

  await session.read('default');
  const first = session.unavailable;
  await session.read('default');

  assert.equal(session.unavailable, first);
  assert.equal(first?.remedy, 'Start one.');
});

test('session store passes other errors', async () => {
  const keychain = { ...createMemoryStore(), read: async () => Promise.reject(new Error('disk on fire')) };
  const session = createSessionStore(keychain);

  await assert.rejects(session.read('default'), /disk on fire/);
  assert.equal(session.unavailable, null);
});
