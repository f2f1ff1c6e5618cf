import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { SiroApiError } from '../../src/api/errors.js';
import { describeError } from '../../src/flow/describe-error.js';
import { httpError } from '../support/fake-services.js';

describe('describeError', () => {
  test('API error keeps its sentence', () => {
    const description = describeError(httpError('GET /v1/core/organizations', 500, 'boom'));

    assert.equal(description.message, 'GET /v1/core/organizations failed with 500: boom.');
    assert.equal(description.hint, null);
  });

  test('429 without wait advice adds it', () => {
    const description = describeError(httpError('GET /v1/core/organizations', 429, undefined, 1));

    assert.equal(description.hint, 'Siro allows 1000 requests per token per minute. Wait 1 second before retrying.');
  });

  test('429 without Retry-After waits a minute', () => {
    assert.match(describeError(httpError('GET /x', 429)).hint ?? '', /Wait about a minute/);
  });

  test('429 already advising a wait adds nothing', () => {
    const error = new SiroApiError('GET /x failed with 429 Too Many Requests. Wait a minute and try again.', {
      kind: 'http',
      call: 'GET /x',
      status: 429,
    });

    assert.equal(describeError(error).hint, null);
  });

  test('control characters removed from messages', () => {
    assert.equal(describeError(new Error('bad\u001b[2J news')).message, 'bad news');
  });

  test('non-error value gets a generic message', () => {
    assert.equal(describeError('oops').message, 'An unexpected error occurred.');
  });
});
