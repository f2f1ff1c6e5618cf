import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { MAX_SERVER_MESSAGE_LENGTH, cleanServerMessage, endSentence } from '../../src/api/server-message.js';
import { findErrorMessage } from '../../src/api/undocumented.js';

const TOKEN = 'siro_test_FAKE_abcdef0123456789';

describe('cleanServerMessage', () => {
  it('removes CSI color sequences', () => {
    assert.equal(cleanServerMessage('\u001b[1;31mRed\u001b[0m text', TOKEN), 'Red text');
  });

  it('removes OSC title sequences', () => {
    assert.equal(cleanServerMessage('\u001b]0;evil title\u0007Visible', TOKEN), 'Visible');
    assert.equal(cleanServerMessage('\u001b]8;;https://example.invalid\u001b\\link', TOKEN), 'link');
  });

  it('removes C1 and bidi controls', () => {
    assert.equal(cleanServerMessage('a\u009b31mb\u0085c\u202ed\u2066e', TOKEN), 'ab c d e');
  });

  it('joins lines and collapses spaces', () => {
    assert.equal(cleanServerMessage('  first\r\n\tsecond   third  ', TOKEN), 'first second third');
  });

  it('returns undefined when nothing printable', () => {
    assert.equal(cleanServerMessage('\u001b[0m \r\n', TOKEN), undefined);
  });

  it('redacts the token', () => {
    assert.equal(cleanServerMessage(`bad token ${TOKEN}!`, TOKEN), 'bad token [redacted token]!');
  });

  it('redacts token split by escapes', () => {
    const split = `${TOKEN.slice(0, 10)}\u001b[0m${TOKEN.slice(10)}`;

    assert.equal(cleanServerMessage(split, TOKEN), '[redacted token]');
  });

  it('keeps emoji whole when truncating', () => {
    const cleaned = cleanServerMessage('😀'.repeat(MAX_SERVER_MESSAGE_LENGTH + 5), TOKEN) ?? '';

    assert.equal(Array.from(cleaned).length, MAX_SERVER_MESSAGE_LENGTH);
    assert.equal(cleaned.at(-1), '…');
    assert.equal(cleaned.at(-2), '\ude00');
  });
});

describe('endSentence', () => {
  it('adds a missing full stop', () => {
    assert.equal(endSentence('Denied'), 'Denied.');
  });

  it('keeps existing end punctuation', () => {
    assert.equal(endSentence('Denied!'), 'Denied!');
    assert.equal(endSentence('Denied.'), 'Denied.');
  });
});

describe('findErrorMessage', () => {
  it('reads a plain-text body', () => {
    assert.equal(findErrorMessage('Rate limited', 'text/plain; charset=utf-8'), 'Rate limited');
  });

  it('ignores an HTML body', () => {
    assert.equal(findErrorMessage('<h1>Oops</h1>', 'text/html'), undefined);
  });

  it('reads a JSON string body', () => {
    assert.equal(findErrorMessage('"Quota exceeded"', 'application/json'), 'Quota exceeded');
  });

  it('prefers message over error', () => {
    assert.equal(findErrorMessage('{"error":"Bad","message":"Better"}', 'application/json'), 'Better');
  });

  it('skips empty candidates', () => {
    assert.equal(findErrorMessage('{"message":"  ","detail":"Useful"}', 'application/json'), 'Useful');
  });
});
