import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { moveSelection, windowStart } from '../../src/components/list-window.js';

describe('moveSelection', () => {
  test('stops at both ends', () => {
    assert.equal(moveSelection(0, -1, 10), 0);
    assert.equal(moveSelection(9, 5, 10), 9);
  });

  test('moves by the delta', () => {
    assert.equal(moveSelection(2, 3, 10), 5);
  });

  test('empty list selects zero', () => {
    assert.equal(moveSelection(4, 1, 0), 0);
  });
});

describe('windowStart', () => {
  test('keeps window while selection visible', () => {
    assert.equal(windowStart(5, 8, 5, 100), 5);
  });

  test('scrolls down just enough', () => {
    assert.equal(windowStart(0, 7, 5, 100), 3);
  });

  test('scrolls up to the selection', () => {
    assert.equal(windowStart(10, 4, 5, 100), 4);
  });

  test('clamps when the list shrinks', () => {
    assert.equal(windowStart(50, 2, 5, 6), 1);
  });

  test('short list starts at zero', () => {
    assert.equal(windowStart(3, 1, 10, 4), 0);
  });
});
