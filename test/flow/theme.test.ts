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
