import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { themeFor } from '../../src/components/theme.js';

describe('themeFor', () => {
  test('colour by default', () => {
    const theme = themeFor({ TERM: 'xterm-256color' });

    assert.equal(theme.error, 'red');
    assert.equal(theme.dim, true);
  });

  test('NO_COLOR turns colour off', () => {
    const theme = themeFor({ TERM: 'xterm-256color', NO_COLOR: '1' });

    assert.equal(theme.accent, undefined);
    assert.equal(theme.error, undefined);
    assert.equal(theme.dim, true);
  });

  test('empty NO_COLOR keeps colour', () => {
    assert.equal(themeFor({ NO_COLOR: '' }).error, 'red');
  });

  test('TERM=dumb turns off colour and dim', () => {
    const theme = themeFor({ TERM: 'dumb' });

    assert.equal(theme.warning, undefined);
    assert.equal(theme.dim, false);
  });
});

describe('themeFor color flag', () => {
  test('false turns colour off', () => {
    const theme = themeFor({ TERM: 'xterm-256color' }, false);

    assert.equal(theme.accent, undefined);
    assert.equal(theme.success, undefined);
    assert.equal(theme.warning, undefined);
    assert.equal(theme.error, undefined);
  });

  test('true leaves NO_COLOR in charge', () => {
    assert.equal(themeFor({ TERM: 'xterm-256color' }, true).error, 'red');
    assert.equal(themeFor({ TERM: 'xterm-256color', NO_COLOR: '1' }, true).error, undefined);
  });
});
