import { test } from 'node:test';
import assert from 'node:assert/strict';

import { validateProfileName } from '../../src/keychain/profile-name.js';

test('profile name accepts allowed characters', () => {
  for (const name of ['default', 'demo', 'Prod-EU_2', 'team.staging', 'a', 'x'.repeat(64)]) {
    assert.equal(validateProfileName(name), null, name);
  }
});

test('profile name rejects empty', () => {
  assert.match(validateProfileName('') ?? '', /empty/);
});

test('profile name rejects 65 characters', () => {
  assert.match(validateProfileName('x'.repeat(65)) ?? '', /65 characters long, but the maximum is 64/);
});

test('profile name rejects other characters', () => {
  for (const name of ['my profile', 'a/b', 'prod:eu', 'café', '🚀', 'a\u001b[2J', 'tab\there']) {
    assert.match(validateProfileName(name) ?? '', /invalid: use only letters, digits/, JSON.stringify(name));
  }
});

test('profile name message escapes controls', () => {
  const message = validateProfileName('a\u001b[2J') ?? '';

  assert.ok(!message.includes('\u001b'));
});
