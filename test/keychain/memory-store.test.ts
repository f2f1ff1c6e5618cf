import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createMemoryStore } from '../../src/keychain/memory-store.js';

test('memory store reports its backend', () => {
  assert.equal(createMemoryStore().backend, 'memory');
});

test('memory store round trip', async () => {
  const store = createMemoryStore();

  assert.equal(await store.read('default'), null);
  await store.write('default', 'fake-token-1');
  assert.equal(await store.read('default'), 'fake-token-1');
  await store.write('default', 'fake-token-2');
  assert.equal(await store.read('default'), 'fake-token-2');
});

test('memory store remove then remove again', async () => {
  const store = createMemoryStore();
  await store.write('default', 'fake-token');

  assert.equal(await store.remove('default'), true);
  assert.equal(await store.remove('default'), false);
  assert.equal(await store.read('default'), null);
});

test('memory store lists profiles sorted', async () => {
  const store = createMemoryStore();
  await store.write('zeta', 'fake-1');
  await store.write('alpha', 'fake-2');

  assert.deepEqual(await store.listProfiles(), ['alpha', 'zeta']);
});

test('memory stores are independent', async () => {
  const first = createMemoryStore();
  const second = createMemoryStore();
  await first.write('default', 'fake-token');

  assert.equal(await second.read('default'), null);
});

test('memory store rejects invalid profiles', async () => {
  await assert.rejects(createMemoryStore().write('bad name', 'fake-token'), /invalid/);
});
