import { test } from 'node:test';
import assert from 'node:assert/strict';

import { renderTokenFile, tokenFileFormat } from '../../src/files/token-file-format.js';
import { fakeCreatedToken } from './created-token.js';

test('format plain by default', () => {
  for (const path of ['acme.token', 'token', '/tmp/x.txt', 'env', 'a.env.bak', 'json']) {
    assert.equal(tokenFileFormat(path), 'plain', path);
  }
});

test('format env for env files', () => {
  for (const path of ['.env', 'prod.env', '/srv/app/.env', '~/x/Deploy.ENV']) {
    assert.equal(tokenFileFormat(path), 'env', path);
  }
});

test('format json for json files', () => {
  for (const path of ['token.json', '/tmp/Created.JSON']) {
    assert.equal(tokenFileFormat(path), 'json', path);
  }
});

test('render plain is token and newline', () => {
  const created = fakeCreatedToken();

  assert.equal(renderTokenFile(created, 'plain'), `${created.token}\n`);
});

test('render env assigns SIRO_API_TOKEN', () => {
  const created = fakeCreatedToken();

  assert.equal(renderTokenFile(created, 'env'), `SIRO_API_TOKEN=${created.token}\n`);
});

test('render json is the create response', () => {
  const created = fakeCreatedToken();
  const content = renderTokenFile(created, 'json');

  assert.deepEqual(JSON.parse(content), created);
  assert.ok(content.endsWith('}\n'));
  assert.match(content, /^\{\n {2}"tokenId": "tok_test_1",\n/);
});
