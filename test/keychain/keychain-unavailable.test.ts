// Error wording for each platform, and the guarantee that a keyring error
// never carries the token. The real Secret Service cases are in
// keychain-store.test.ts and no-secret-service.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createKeychainStore, type KeytarApi } from '../../src/keychain/keychain-store.js';
import { keychainRemedy } from '../../src/keychain/keychain-unavailable.js';
import { KeychainUnavailableError } from '../../src/keychain/secret-store.js';

/** A keyring double whose entry calls fail with `reason` while the Secret Service check passes. */
function failingKeytar(reason: (password?: string) => string): KeytarApi {
  return {
    getPassword: async () => Promise.reject(new Error(reason())),
    setPassword: async (_service: string, _account: string, password: string) => Promise.reject(new Error(reason(password))),
    deletePassword: async () => Promise.reject(new Error(reason())),
    findCredentials: async () => [],
  };
}

/** A keyring double with no entries, counting findCredentials calls. */
function emptyKeytar(): KeytarApi & { findCalls: number } {
  const api = {
    findCalls: 0,
    getPassword: async () => null,
    setPassword: async () => undefined,
    deletePassword: async () => false,
    findCredentials: async () => {
      api.findCalls += 1;
      return [];
    },
  };

  return api;
}

test('remedy for Linux names providers', () => {
  const remedy = keychainRemedy('linux');

  assert.match(remedy, /gnome-keyring/);
  assert.match(remedy, /KeePassXC/);
  assert.match(remedy, /dbus-run-session/);
  assert.match(remedy, /gnome-keyring-daemon --unlock/);
  assert.match(remedy, /SIRO_ORG_GROUP_TOKEN/);
});

test('remedy for macOS names the keychain', () => {
  const remedy = keychainRemedy('darwin');

  assert.match(remedy, /login keychain/);
  assert.match(remedy, /Allow/);
  assert.match(remedy, /SIRO_ORG_GROUP_TOKEN/);
});

test('remedy for Windows names Credential Manager', () => {
  const remedy = keychainRemedy('win32');

  assert.match(remedy, /Credential Manager/);
  assert.match(remedy, /SIRO_ORG_GROUP_TOKEN/);
});

test('unavailable message names operation and profile', async () => {
  const store = createKeychainStore('svc', { keytar: failingKeytar(() => 'AccessDenied'), platform: 'linux' });

  const error = await store.read('default').catch((caught: unknown) => caught);

  assert.ok(error instanceof KeychainUnavailableError);
  assert.equal(
    error.message,
    'Could not reach the OS keychain (Secret Service over D-Bus) to read the token for profile "default": AccessDenied.',
  );
  assert.equal(error.remedy, keychainRemedy('linux'));
});

test('unavailable message per platform', async () => {
  const darwin = createKeychainStore('svc', { keytar: failingKeytar(() => 'User canceled.'), platform: 'darwin' });
  const windows = createKeychainStore('svc', { keytar: failingKeytar(() => 'Access denied'), platform: 'win32' });

  await assert.rejects(darwin.remove('work'), {
    message: 'Could not reach the OS keychain (macOS Keychain) to remove the token for profile "work": User canceled.',
  });
  await assert.rejects(windows.write('work', 'fake-token'), {
    message: 'Could not reach the OS keychain (Windows Credential Manager) to store the token for profile "work": Access denied.',
  });
});

test('unavailable error omits the token', async () => {
  const token = 'fake-secret-value-4242';
  const store = createKeychainStore('svc', {
    keytar: failingKeytar((password) => `could not store ${password ?? ''} here`),
    platform: 'linux',
  });

  const error = await store.write('default', token).catch((caught: unknown) => caught);

  assert.ok(error instanceof KeychainUnavailableError);
  assert.ok(!error.message.includes(token));
  assert.ok(!String(error.stack).includes(token));
  assert.equal(error.cause, undefined);
  assert.match(error.message, /could not store \[token\] here/);
});

test('Secret Service check runs once', async () => {
  const api = emptyKeytar();
  const store = createKeychainStore('svc', { keytar: api, platform: 'linux' });

  await store.read('a');
  await store.read('b');

  assert.equal(api.findCalls, 1);
});

test('Secret Service check skipped elsewhere', async () => {
  const api = emptyKeytar();
  const store = createKeychainStore('svc', { keytar: api, platform: 'darwin' });

  await store.read('a');

  assert.equal(api.findCalls, 0);
});

test('failed Secret Service check reports', async () => {
  const api = {
    ...emptyKeytar(),
    findCredentials: async () => Promise.reject(new Error('zbus error: Failed to connect')),
  };
  const store = createKeychainStore('svc', { keytar: api, platform: 'linux' });

  await assert.rejects(store.read('default'), {
    name: 'KeychainUnavailableError',
    message: /to read the token for profile "default": zbus error: Failed to connect\.$/,
  });
});

test('Secret Service check retried after failure', async () => {
  let reachable = false;
  const api = {
    ...emptyKeytar(),
    findCredentials: async () => (reachable ? [] : Promise.reject(new Error('AccessDenied'))),
  };
  const store = createKeychainStore('svc', { keytar: api, platform: 'linux' });

  await assert.rejects(store.read('default'), { name: 'KeychainUnavailableError' });
  reachable = true;

  assert.equal(await store.read('default'), null);
});
