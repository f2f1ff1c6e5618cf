import { test } from 'node:test';
import assert from 'node:assert/strict';

import { maskToken } from '../../src/text/mask-token.js';

test('mask keeps the last four', () => {
  assert.equal(maskToken('abcdefghijkl'), '••••••••ijkl');
});

test('mask fully hides eight characters', () => {
  assert.equal(maskToken('abcdefgh'), '••••••••');
});

test('mask shows four of nine', () => {
  assert.equal(maskToken('abcdefghi'), '•••••fghi');
});

test('mask hides short tokens completely', () => {
  assert.equal(maskToken('abc'), '•••');
});

test('mask of empty token is empty', () => {
  assert.equal(maskToken(''), '');
});

test('mask bounds the width', () => {
  const token = 'x'.repeat(200) + 'WXYZ';

  assert.equal(maskToken(token), '•'.repeat(20) + 'WXYZ');
});

test('mask never contains the hidden part', () => {
  const masked = maskToken('secretpart-1234');

  assert.ok(!masked.includes('secret'));
  assert.ok(masked.endsWith('1234'));
});
