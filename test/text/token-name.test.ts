import { test } from 'node:test';
import assert from 'node:assert/strict';

import { MAX_TOKEN_NAME_LENGTH, suggestTokenName, validateTokenName } from '../../src/text/token-name.js';

test('token name limit is 128', () => {
  assert.equal(MAX_TOKEN_NAME_LENGTH, 128);
});

test('validate trims the name', () => {
  assert.deepEqual(validateTokenName('  ci deploy  \n'), { ok: true, name: 'ci deploy' });
});

test('validate rejects an empty name', () => {
  const result = validateTokenName('   ');

  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /empty/);
});

test('validate rejects control characters', () => {
  for (const name of ['ci\u0007deploy', 'ci\tdeploy', 'a\u001b[2Jb', 'ci\u009bdeploy']) {
    const result = validateTokenName(name);

    assert.equal(result.ok, false, JSON.stringify(name));
    assert.match(result.ok ? '' : result.message, /control character/);
  }
});

test('validate accepts 128 characters', () => {
  const name = 'a'.repeat(128);

  assert.deepEqual(validateTokenName(name), { ok: true, name });
});

test('validate rejects 129 characters', () => {
  const result = validateTokenName('a'.repeat(129));

  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /129 characters long, but the maximum is 128/);
});

test('validate counts emoji as code points', () => {
  const name = '🚀'.repeat(128);

  assert.equal(name.length, 256);
  assert.deepEqual(validateTokenName(name), { ok: true, name });
});

test('validate rejects 129 emoji', () => {
  const result = validateTokenName('🚀'.repeat(129));

  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /129 characters/);
});

test('validate accepts emoji and CJK names', () => {
  assert.deepEqual(validateTokenName('本番 🚀 déploiement'), { ok: true, name: '本番 🚀 déploiement' });
});

test('suggest uses user host and date', () => {
  const name = suggestTokenName({ user: 'alice', host: 'laptop', date: new Date(2026, 11, 4, 23, 59) });

  assert.equal(name, 'siro-token alice@laptop 2026-12-04');
});

test('suggest uses the local date', () => {
  const name = suggestTokenName({ user: 'bob', host: 'ci', date: new Date(2027, 0, 1, 0, 1) });

  assert.match(name, / 2027-01-01$/);
});

test('suggest removes control characters', () => {
  const name = suggestTokenName({ user: 'al\u001b[31mice', host: 'lap\ntop', date: new Date(2026, 11, 4) });

  assert.equal(name, 'siro-token alice@lap-top 2026-12-04');
});

test('suggest omits an empty user', () => {
  const name = suggestTokenName({ user: '', host: 'laptop', date: new Date(2026, 11, 4) });

  assert.equal(name, 'siro-token laptop 2026-12-04');
});

test('suggest stays within the limit', () => {
  const name = suggestTokenName({ user: 'u'.repeat(500), host: 'h'.repeat(500), date: new Date(2026, 11, 4) });

  assert.ok([...name].length <= MAX_TOKEN_NAME_LENGTH, `length ${[...name].length}`);
  assert.equal(validateTokenName(name).ok, true);
});
