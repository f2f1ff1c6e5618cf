import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { backoffDelayMs, isRetryableStatus, parseRetryAfter } from '../../src/api/retry-policy.js';

const NOW = Date.parse('2025-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay in seconds', () => {
    assert.equal(parseRetryAfter('7', NOW), 7);
    assert.equal(parseRetryAfter(' 0 ', NOW), 0);
  });

  it('reads HTTP date', () => {
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', NOW), 5);
  });

  it('clamps past date to zero', () => {
    assert.equal(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', NOW), 0);
  });

  it('ignores missing or invalid header', () => {
    assert.equal(parseRetryAfter(undefined, NOW), undefined);
    assert.equal(parseRetryAfter('soon', NOW), undefined);
    assert.equal(parseRetryAfter('-3', NOW), undefined);
  });
});

describe('retry policy', () => {
  it('retries rate limit and server faults', () => {
    for (const status of [429, 500, 502, 503, 504]) {
      assert.equal(isRetryableStatus(status), true, `status ${status}`);
    }
  });

  it('does not retry client errors', () => {
    for (const status of [400, 401, 403, 404, 422, 501]) {
      assert.equal(isRetryableStatus(status), false, `status ${status}`);
    }
  });

  it('backoff grows between retries', () => {
    assert.ok(backoffDelayMs(1) > backoffDelayMs(0));
  });
});
