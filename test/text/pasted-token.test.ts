import { test } from 'node:test';
import assert from 'node:assert/strict';

import { describeTokenInputProblem, normalizePastedToken } from '../../src/text/pasted-token.js';

test('normalize removes wrapped whitespace', () => {
  assert.equal(normalizePastedToken('  abc\r\ndef\t\n'), 'abcdef');
});

test('normalize removes bracketed paste markers', () => {
  assert.equal(normalizePastedToken('\u001b[200~abc-def\u001b[201~'), 'abc-def');
});

test('normalize removes markers without escape', () => {
  assert.equal(normalizePastedToken('[200~abcdef[201~\n'), 'abcdef');
});

test('normalize removes non-breaking spaces', () => {
  assert.equal(normalizePastedToken('abc\u00a0def'), 'abcdef');
});

test('normalize keeps a clean token', () => {
  assert.equal(normalizePastedToken('sk_live.AbC-123_xyz='), 'sk_live.AbC-123_xyz=');
});

test('problem is null for printable ASCII', () => {
  assert.equal(describeTokenInputProblem('sk_live.AbC-123_xyz=!~'), null);
});

test('problem reports an empty token', () => {
  const message = describeTokenInputProblem('');

  assert.ok(message);
  assert.match(message, /empty/);
});

test('problem reports a control character', () => {
  const message = describeTokenInputProblem('abc\u0007def');

  assert.ok(message);
  assert.match(message, /control character at position 4/);
});

test('problem reports a leftover escape', () => {
  const message = describeTokenInputProblem(normalizePastedToken('abc\u001b[Ddef'));

  assert.ok(message);
  assert.match(message, /control character/);
});

test('problem reports non-ASCII characters', () => {
  const message = describeTokenInputProblem('abc\u200bdéf');

  assert.ok(message);
  assert.match(message, /not printable ASCII at position 4/);
});

test('problem message omits the token', () => {
  const token = 'secret-token-value-\u0001';
  const message = describeTokenInputProblem(token);

  assert.ok(message);
  assert.ok(!message.includes('secret-token-value'));
});
