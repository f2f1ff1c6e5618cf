import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DEFAULT_API_URL, InvalidApiUrlError, resolveApiUrl } from '../../src/config/api-url.js';

function rejectionOf(input: { flag?: string; env?: string }): InvalidApiUrlError {
  try {
    resolveApiUrl(input);
  } catch (error) {
    assert.ok(error instanceof InvalidApiUrlError, `expected InvalidApiUrlError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('resolveApiUrl', () => {
  it('uses default without flag or env', () => {
    assert.deepEqual(resolveApiUrl({}), { url: DEFAULT_API_URL, isDefault: true });
  });

  it('default is the Siro external API', () => {
    assert.equal(DEFAULT_API_URL, 'https://functions.siro.ai/api-externalApi');
  });

  it('treats empty env as unset', () => {
    assert.deepEqual(resolveApiUrl({ env: '  ' }), { url: DEFAULT_API_URL, isDefault: true });
  });

  it('env replaces the default', () => {
    assert.deepEqual(resolveApiUrl({ env: 'https://staging.example.com/api' }), {
      url: 'https://staging.example.com/api',
      isDefault: false,
    });
  });

  it('flag wins over env', () => {
    const resolved = resolveApiUrl({ flag: 'https://flag.example.com', env: 'https://env.example.com' });

    assert.equal(resolved.url, 'https://flag.example.com');
    assert.equal(resolved.isDefault, false);
  });

  it('strips trailing slashes', () => {
    assert.equal(resolveApiUrl({ flag: 'https://example.com/api//' }).url, 'https://example.com/api');
    assert.equal(resolveApiUrl({ flag: 'https://example.com/' }).url, 'https://example.com');
  });

  it('accepts http on loopback addresses', () => {
    for (const url of ['http://127.0.0.1:8080/api', 'http://127.5.6.7', 'http://localhost:3000', 'http://[::1]:9000']) {
      assert.equal(resolveApiUrl({ flag: url }).url, url, url);
    }
  });

  it('normalizes host case', () => {
    assert.equal(resolveApiUrl({ flag: 'http://LOCALHOST:3000/Api' }).url, 'http://localhost:3000/Api');
  });

  it('rejects http on other hosts', () => {
    const error = rejectionOf({ flag: 'http://functions.siro.ai/api-externalApi' });

    assert.equal(error.source, '--api-url');
    assert.match(error.message, /^The API URL "http:\/\/functions\.siro\.ai\/api-externalApi" from --api-url is invalid/);
    assert.match(error.message, /functions\.siro\.ai is not one/);
    assert.match(error.message, /Use an https:\/\/ URL, or http:\/\/ on a loopback address/);
  });

  it('rejects http on lookalike hosts', () => {
    for (const url of ['http://127.0.0.1.example.com', 'http://localhost.example.com', 'http://10.0.0.1']) {
      assert.throws(() => resolveApiUrl({ flag: url }), InvalidApiUrlError, url);
    }
  });

  it('rejects other schemes', () => {
    const error = rejectionOf({ env: 'ftp://example.com' });

    assert.equal(error.source, 'SIRO_API_URL');
    assert.match(error.message, /the scheme ftp is not supported/);
  });

  it('rejects text that is not URL', () => {
    assert.match(rejectionOf({ flag: 'functions.siro.ai' }).message, /it is not a URL/);
  });

  it('rejects empty flag', () => {
    assert.match(rejectionOf({ flag: '' }).message, /it is empty/);
  });

  it('rejects credentials without echoing them', () => {
    const error = rejectionOf({ flag: 'https://user:s3cret-password@example.com/api' });

    assert.match(error.message, /contains a user name or password/);
    assert.equal(error.message.includes('s3cret-password'), false);
    assert.match(error.message, /^The API URL "https:\/\/example\.com\/api" from --api-url/);
  });

  it('rejects query and fragment', () => {
    for (const url of ['https://example.com/api?x=1', 'https://example.com/api#top', 'https://example.com/api?']) {
      assert.match(rejectionOf({ flag: url }).message, /query or fragment/, url);
    }
  });
});
