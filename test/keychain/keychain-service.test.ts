import { test } from 'node:test';
import assert from 'node:assert/strict';

import { DEFAULT_KEYCHAIN_SERVICE, keychainServiceName } from '../../src/keychain/keychain-service.js';

test('service name defaults to siro-token', () => {
  assert.equal(DEFAULT_KEYCHAIN_SERVICE, 'siro-token');
  assert.equal(keychainServiceName({}), 'siro-token');
});

test('service name from environment variable', () => {
  assert.equal(keychainServiceName({ SIRO_TOKEN_KEYCHAIN_SERVICE: 'siro-token-test-1' }), 'siro-token-test-1');
});

test('service name rejects empty value', () => {
  assert.throws(() => keychainServiceName({ SIRO_TOKEN_KEYCHAIN_SERVICE: '' }), /SIRO_TOKEN_KEYCHAIN_SERVICE is set but empty/);
  assert.throws(() => keychainServiceName({ SIRO_TOKEN_KEYCHAIN_SERVICE: '  ' }), /set but empty/);
});

test('service name rejects control characters', () => {
  assert.throws(
    () => keychainServiceName({ SIRO_TOKEN_KEYCHAIN_SERVICE: 'siro\u001b[2J' }),
    /SIRO_TOKEN_KEYCHAIN_SERVICE contains a control character/,
  );
});
