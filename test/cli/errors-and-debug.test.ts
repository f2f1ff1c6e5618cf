import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { MAX_RETRIES, isRetryableStatus } from '../../src/api/retry-policy.js';
import { DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

describe('siro-token API errors and --debug', () => {
  let fixture: CliFixture;
  const env = { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN };

  before(async () => {
    fixture = await startCliFixture();
  });

  after(async () => {
    await fixture.close();
  });

  // `times` covers every attempt, since the client retries a GET on 429 and 5xx.
  const failOrganizations = (status: number) =>
    fixture.server.failNext({
      method: 'GET',
      path: '/v1/core/organizations',
      status,
      times: isRetryableStatus(status) ? MAX_RETRIES + 1 : 1,
    });

  const cases: Array<{ status: number; exitCode: number; code: string; message: RegExp }> = [
    { status: 401, exitCode: 3, code: 'token-rejected', message: /401 Unauthorized.*The token came from SIRO_ORG_GROUP_TOKEN/ },
    { status: 403, exitCode: 1, code: 'forbidden', message: /403 Forbidden.*not allowed to do this/ },
    { status: 404, exitCode: 4, code: 'not-found', message: /404 Not Found/ },
    { status: 429, exitCode: 1, code: 'rate-limited', message: /429 Too Many Requests.*rate limit/ },
    { status: 500, exitCode: 1, code: 'api-error', message: /500 Internal Server Error.*try again later/ },
  ];

  for (const { status, exitCode, code, message } of cases) {
    it(`${status} maps to exit ${exitCode}`, async () => {
      failOrganizations(status);
      const text = await fixture.run(['orgs'], { env });
      failOrganizations(status);
      const json = await fixture.run(['orgs', '--json'], { env });

      assert.equal(text.exitCode, exitCode, text.stderr);
      assert.match(text.stderr, /^Error: GET \/v1\/core\/organizations failed with /);
      assert.match(text.stderr, message);
      assert.equal(text.stdout, '');
      assert.equal(json.exitCode, exitCode);
      assert.equal(JSON.parse(json.stderr).error.code, code);
      assert.equal(JSON.parse(json.stderr).error.exitCode, exitCode);
    });
  }

  it('401 from the keychain says login', async () => {
    failOrganizations(401);
    await createKeychainStore(fixture.keychainService).write('rejected', DEMO_ORG_GROUP_TOKEN);

    const rejected = await fixture.run(['orgs', '--profile', 'rejected']);

    assert.equal(rejected.exitCode, 3);
    assert.match(rejected.stderr, /run `siro-token login --profile rejected` to replace it/);
  });

  it('--debug logs each request without secrets', async () => {
    const result = await fixture.run(['tokens', '--org', 'Coastal HVAC', '--debug'], { env });
    const debugLines = result.stderr.split('\n').filter((line) => line.startsWith('debug: '));

    assert.equal(result.exitCode, 0, result.stderr);
    assert.ok(debugLines.length >= 2, result.stderr);
    for (const line of debugLines) {
      assert.match(line, /^debug: (GET|POST|DELETE) \/v1\/\S+ \d{3} in \d+ ms \(ok\)$/);
      assert.ok(!line.includes('Bearer'), line);
      assert.ok(!line.includes('cursor'), line);
    }
    assert.ok(debugLines.some((line) => line.startsWith('debug: GET /v1/core/organizations 200')));
    assert.ok(debugLines.some((line) => line.startsWith('debug: GET /v1/core/auth/tokens 200')));
  });

  it('--debug logs a failed request', async () => {
    failOrganizations(403);
    const result = await fixture.run(['orgs', '--debug'], { env });

    assert.match(result.stderr, /^debug: GET \/v1\/core\/organizations 403 in \d+ ms \(http-error\)$/m);
  });

  it('without --debug nothing is logged', async () => {
    const result = await fixture.run(['orgs'], { env });

    assert.ok(!result.stderr.includes('debug:'), result.stderr);
  });

  it('refused connection exits 1', async () => {
    const result = await fixture.run(['orgs'], { env: { ...env, SIRO_API_URL: 'http://127.0.0.1:9/api-externalApi' } });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /connection to 127\.0\.0\.1:9 was refused|refused/);
  });
});
