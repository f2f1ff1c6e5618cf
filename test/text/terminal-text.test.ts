import { test } from 'node:test';
import assert from 'node:assert/strict';

import { sanitizeTerminalText } from '../../src/text/terminal-text.js';

test('sanitize removes OSC title sequence', () => {
  assert.equal(sanitizeTerminalText('\u001b]0;pwned\u0007Acme'), 'Acme');
});

test('sanitize removes OSC ended by ST', () => {
  assert.equal(sanitizeTerminalText('\u001b]52;c;ZXZpbA==\u001b\\Acme'), 'Acme');
});

test('sanitize removes unterminated OSC', () => {
  assert.equal(sanitizeTerminalText('Acme\u001b]0;pwned'), 'Acme');
});

test('sanitize removes clear-screen CSI', () => {
  assert.equal(sanitizeTerminalText('\u001b[2J'), '');
});

test('sanitize removes colour and cursor CSI', () => {
  assert.equal(sanitizeTerminalText('\u001b[31;1mRed\u001b[0m \u001b[?25lCorp\u001b[10;20H'), 'Red Corp');
});

test('sanitize removes C1 CSI sequence', () => {
  assert.equal(sanitizeTerminalText('\u009b31mAcme'), 'Acme');
});

test('sanitize removes lone C1 CSI', () => {
  assert.equal(sanitizeTerminalText('Acme\u009b'), 'Acme');
});

test('sanitize removes DCS string', () => {
  assert.equal(sanitizeTerminalText('\u001bPq#0;2;0;0;0\u001b\\Acme'), 'Acme');
});

test('sanitize removes C1 OSC string', () => {
  assert.equal(sanitizeTerminalText('\u009d0;pwned\u009cAcme'), 'Acme');
});

test('sanitize removes two-byte escapes', () => {
  assert.equal(sanitizeTerminalText('\u001bcAc\u001b(Bme'), 'Acme');
});

test('sanitize removes other control characters', () => {
  assert.equal(sanitizeTerminalText('A\u0000c\u0008m\u007fe\u0090'), 'Acme');
});

test('sanitize turns line breaks into one space', () => {
  assert.equal(sanitizeTerminalText('Acme\r\nCorp\tInc'), 'Acme Corp Inc');
});

test('sanitize removes bidi override marks', () => {
  assert.equal(sanitizeTerminalText('Acme\u202eCorp\u2066'), 'AcmeCorp');
});

test('sanitize keeps accents CJK and emoji', () => {
  const names = ['Société Générale', 'Ærøskøbing Ølbryggeri', '株式会社テスト', '🚀 Rocket Labs', '👩‍💻 Devs', 'مرحبا'];

  for (const name of names) {
    assert.equal(sanitizeTerminalText(name), name);
  }
});

test('sanitize leaves plain text unchanged', () => {
  assert.equal(sanitizeTerminalText('Acme Corp (EU) #1'), 'Acme Corp (EU) #1');
});
