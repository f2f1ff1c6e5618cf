import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import {
  DEMO_ORGANIZATION_TOKEN,
  DEMO_ORG_GROUP_ID,
  DEMO_ORG_GROUP_TOKEN,
  startSiroServer,
} from '../../src/demo/siro-server.js';
import { SAMPLE_ORGANIZATIONS, generateOrganizations } from '../../src/demo/sample-organizations.js';
import { startCheckedSiroServer, validateSiroResponse, type CheckedSiroServer } from '../support/openapi.js';

const FIRST = SAMPLE_ORGANIZATIONS[0]!;
const DISABLED = SAMPLE_ORGANIZATIONS.find((organization) => organization.disabled === true)!;

interface JsonResponse {
  status: number;
  body: any;
  headers: Headers;
}

describe('Siro-compatible server', () => {
  let checked: CheckedSiroServer | undefined;

  afterEach(async () => {
    if (checked === undefined) {
      return;
    }
    await checked.server.close();
    assert.deepEqual(checked.violations, []);
    checked = undefined;
  });

  async function start(options: Parameters<typeof startCheckedSiroServer>[0] = {}): Promise<CheckedSiroServer> {
    checked = await startCheckedSiroServer(options);
    return checked;
  }

  async function call(
    method: string,
    path: string,
    options: { token?: string | null; query?: Record<string, string>; body?: string } = {},
  ): Promise<JsonResponse> {
    const url = new URL(`${checked!.server.url}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      url.searchParams.set(name, value);
    }
    const token = options.token === undefined ? DEMO_ORG_GROUP_TOKEN : options.token;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== null) {
      headers['authorization'] = `Bearer ${token}`;
    }

    const response = await fetch(url, { method, headers, body: options.body });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  it('listens on loopback under base path', async () => {
    const { server } = await start();

    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/api-externalApi$/);
  });

  it('caller-identity describes org-group token', async () => {
    await start();

    const response = await call('GET', '/v1/core/auth/caller-identity');

    assert.equal(response.status, 200);
    assert.equal(response.body.authorizedOrgGroupId, DEMO_ORG_GROUP_ID);
    assert.equal(response.body.tokenId, 'tok_demo_orggroup');
  });

  it('caller-identity describes organization token', async () => {
    await start();

    const response = await call('GET', '/v1/core/auth/caller-identity', { token: DEMO_ORGANIZATION_TOKEN });

    assert.equal(response.status, 200);
    assert.equal(response.body.authorizedOrgGroupId, null);
    assert.equal(response.body.organizationId, FIRST.id);
  });

  it('missing token is 401 with message', async () => {
    await start();

    const response = await call('GET', '/v1/core/auth/caller-identity', { token: null });

    assert.equal(response.status, 401);
    assert.match(response.body.message, /Missing bearer token/);
  });

  it('unknown token is 401', async () => {
    await start();

    const response = await call('GET', '/v1/core/organizations', { token: 'siro_test_unknown_FAKE' });

    assert.equal(response.status, 401);
    assert.equal(response.body.message, 'Invalid or revoked token.');
  });

  it('organizations span several pages', async () => {
    await start();

    const pages: any[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = cursor === null ? {} : { cursor };
      const response = await call('GET', '/v1/core/organizations', { query });
      assert.equal(response.status, 200);
      pages.push(response.body);
      cursor = response.body.cursor;
    } while (cursor !== null);

    assert.equal(pages.length, Math.ceil(SAMPLE_ORGANIZATIONS.length / 10));
    assert.equal(pages.flatMap((page) => page.data).length, SAMPLE_ORGANIZATIONS.length);
    assert.ok(pages.length >= 3);
  });

  it('pageSize is capped by the server', async () => {
    await start({ organizations: generateOrganizations(30), pageSize: 10 });

    const small = await call('GET', '/v1/core/organizations', { query: { pageSize: '4' } });
    const large = await call('GET', '/v1/core/organizations', { query: { pageSize: '500' } });

    assert.equal(small.body.data.length, 4);
    assert.equal(large.body.data.length, 10);
  });

  it('invalid pageSize is 400', async () => {
    await start();

    const response = await call('GET', '/v1/core/organizations', { query: { pageSize: '0' } });

    assert.equal(response.status, 400);
    assert.match(response.body.message, /pageSize must be a positive integer/);
  });

  it('invalid cursor is 400', async () => {
    await start();

    const response = await call('GET', '/v1/core/organizations', { query: { cursor: 'bm90LWEtY3Vyc29y' } });

    assert.equal(response.status, 400);
    assert.match(response.body.message, /cursor is invalid/);
  });

  it('organization token cannot list organizations', async () => {
    await start();

    const response = await call('GET', '/v1/core/organizations', { token: DEMO_ORGANIZATION_TOKEN });

    assert.equal(response.status, 403);
  });

  it('gets one organization', async () => {
    await start();

    const found = await call('GET', `/v1/core/organizations/${FIRST.id}`);
    const missing = await call('GET', '/v1/core/organizations/org_missing');

    assert.equal(found.status, 200);
    assert.equal(found.body.name, FIRST.name);
    assert.equal(missing.status, 404);
  });

  it('token list needs selector for org-group token', async () => {
    await start();

    const response = await call('GET', '/v1/core/auth/tokens');

    assert.equal(response.status, 400);
    assert.match(response.body.message, /organizationId/);
  });

  it('token list with selector', async () => {
    await start();

    const response = await call('GET', '/v1/core/auth/tokens', { query: { organizationId: FIRST.id } });

    assert.equal(response.status, 200);
    assert.equal(response.body.cursor, null);
    assert.deepEqual(
      response.body.data.map((token: { tokenName: string }) => token.tokenName).sort(),
      ['ci-deploy', 'reporting-dashboard', 'zapier-sync'],
    );
    assert.ok(response.body.data.every((token: Record<string, unknown>) => !('token' in token)));
  });

  it('organization token lists its own tokens', async () => {
    await start();

    const own = await call('GET', '/v1/core/auth/tokens', { token: DEMO_ORGANIZATION_TOKEN });
    const other = await call('GET', '/v1/core/auth/tokens', {
      token: DEMO_ORGANIZATION_TOKEN,
      query: { organizationId: SAMPLE_ORGANIZATIONS[1]!.id },
    });

    assert.equal(own.status, 200);
    assert.equal(own.body.data.length, 3);
    assert.equal(other.status, 403);
  });

  it('create returns a fresh secret', async () => {
    const { server } = await start();
    const body = JSON.stringify({ tokenName: 'demo', organizationId: FIRST.id });

    const first = await call('POST', '/v1/core/auth/tokens', { body });
    const second = await call('POST', '/v1/core/auth/tokens', { body });

    assert.equal(first.status, 200);
    assert.match(first.body.token, /^siro_demo_created_NOT_A_REAL_TOKEN_[0-9a-f]{32}$/);
    assert.notEqual(first.body.token, second.body.token);
    assert.deepEqual(
      server.createdTokens().map((created) => created.token),
      [first.body.token, second.body.token],
    );
  });

  it('create validates the body', async () => {
    await start();

    const cases: [string, RegExp][] = [
      ['not json', /not valid JSON/],
      ['[]', /must be a JSON object/],
      [JSON.stringify({ organizationId: FIRST.id }), /tokenName is missing/],
      [JSON.stringify({ tokenName: '  ', organizationId: FIRST.id }), /tokenName is missing or empty/],
      [JSON.stringify({ tokenName: 'x', organizationId: 7 }), /organizationId is missing/],
    ];
    for (const [body, message] of cases) {
      const response = await call('POST', '/v1/core/auth/tokens', { body });
      assert.equal(response.status, 400, body);
      assert.match(response.body.message, message, body);
    }
  });

  it('create rejects oversized body', async () => {
    await start();

    const response = await call('POST', '/v1/core/auth/tokens', { body: 'x'.repeat(70 * 1024) });

    assert.equal(response.status, 413);
  });

  it('create rejects organization token', async () => {
    await start();
    const body = JSON.stringify({ tokenName: 'demo', organizationId: FIRST.id });

    const response = await call('POST', '/v1/core/auth/tokens', { token: DEMO_ORGANIZATION_TOKEN, body });

    assert.equal(response.status, 403);
  });

  it('create rejects unknown and disabled organization', async () => {
    const { server } = await start();

    const unknown = await call('POST', '/v1/core/auth/tokens', { body: JSON.stringify({ tokenName: 'x', organizationId: 'org_missing' }) });
    const disabled = await call('POST', '/v1/core/auth/tokens', { body: JSON.stringify({ tokenName: 'x', organizationId: DISABLED.id }) });

    assert.equal(unknown.status, 404);
    assert.equal(disabled.status, 403);
    assert.match(disabled.body.message, /is disabled/);
    assert.equal(server.createdTokens().length, 0);
  });

  it('gets one token without secret', async () => {
    await start();

    const found = await call('GET', '/v1/core/auth/tokens/tok_demo_zapier');
    const missing = await call('GET', '/v1/core/auth/tokens/tok_missing');

    assert.equal(found.status, 200);
    assert.equal(found.body.tokenName, 'zapier-sync');
    assert.equal('token' in found.body, false);
    assert.equal(missing.status, 404);
  });

  it('revoked token stops authenticating', async () => {
    await start();
    const created = await call('POST', '/v1/core/auth/tokens', {
      body: JSON.stringify({ tokenName: 'temp', organizationId: FIRST.id }),
    });
    const before = await call('GET', '/v1/core/auth/caller-identity', { token: created.body.token });

    const revoked = await call('DELETE', `/v1/core/auth/tokens/${created.body.tokenId}`, {
      query: { organizationId: FIRST.id },
    });
    const after = await call('GET', '/v1/core/auth/caller-identity', { token: created.body.token });
    const again = await call('DELETE', `/v1/core/auth/tokens/${created.body.tokenId}`);

    assert.equal(before.status, 200);
    assert.equal(revoked.status, 200);
    assert.equal(revoked.body.tokenId, created.body.tokenId);
    assert.equal(after.status, 401);
    assert.equal(again.status, 404);
  });

  it('revoke with wrong selector is 404', async () => {
    await start();

    const response = await call('DELETE', '/v1/core/auth/tokens/tok_demo_zapier', {
      query: { organizationId: SAMPLE_ORGANIZATIONS[1]!.id },
    });

    assert.equal(response.status, 404);
  });

  it('revoke rejects organization token', async () => {
    await start();

    const response = await call('DELETE', '/v1/core/auth/tokens/tok_demo_zapier', { token: DEMO_ORGANIZATION_TOKEN });

    assert.equal(response.status, 403);
  });

  it('org-group token cannot be revoked here', async () => {
    await start();

    const response = await call('DELETE', '/v1/core/auth/tokens/tok_demo_orggroup');

    assert.equal(response.status, 404);
  });

  it('unknown route and method', async () => {
    await start();

    const route = await call('GET', '/v1/core/unknown');
    const method = await call('PUT', '/v1/core/organizations');

    assert.equal(route.status, 404);
    assert.equal(method.status, 405);
    assert.equal(method.headers.get('allow'), 'GET');
  });

  it('fault applies the given number of times', async () => {
    const { server } = await start();
    server.failNext({ method: 'GET', path: /caller-identity$/, status: 503, times: 2 });

    const statuses: number[] = [];
    for (let index = 0; index < 3; index++) {
      statuses.push((await call('GET', '/v1/core/auth/caller-identity')).status);
    }

    assert.deepEqual(statuses, [503, 503, 200]);
  });

  it('status fault skips the endpoint', async () => {
    const { server } = await start();
    server.failNext({ method: 'POST', status: 500 });

    const response = await call('POST', '/v1/core/auth/tokens', {
      body: JSON.stringify({ tokenName: 'x', organizationId: FIRST.id }),
    });

    assert.equal(response.status, 500);
    assert.equal(server.createdTokens().length, 0);
  });

  it('logs requests without headers', async () => {
    const { server } = await start();

    await call('GET', '/v1/core/organizations', { query: { pageSize: '5' } });

    assert.deepEqual(server.requests(), [{ method: 'GET', path: '/v1/core/organizations', query: { pageSize: '5' } }]);
  });

  it('extra org-group tokens authenticate', async () => {
    const extra = 'siro_test_orggroup_FAKE_extra';
    await start({ orgGroupTokens: [extra] });

    const response = await call('GET', '/v1/core/auth/caller-identity', { token: extra });

    assert.equal(response.status, 200);
    assert.equal(response.body.authorizedOrgGroupId, DEMO_ORG_GROUP_ID);
  });

  it('rejects invalid page size option', async () => {
    await assert.rejects(startSiroServer({ pageSize: 0 }), RangeError);
  });
});

describe('sample organizations', () => {
  it('cover the display edge cases', () => {
    const names = SAMPLE_ORGANIZATIONS.map((organization) => organization.name);

    assert.ok(SAMPLE_ORGANIZATIONS.length >= 30, 'a few dozen organizations');
    assert.equal(SAMPLE_ORGANIZATIONS.filter((organization) => organization.disabled === true).length, 1);
    assert.equal(names.filter((name) => name === undefined).length, 1);
    assert.ok(names.some((name) => name !== undefined && /[À-ÿ]/.test(name)), 'an accented name');
    assert.ok(names.some((name) => name !== undefined && /[\u4e00-\u9fff\u3040-\u30ff]/.test(name)), 'a CJK name');
    assert.ok(names.some((name) => name !== undefined && /\p{Extended_Pictographic}/u.test(name)), 'an emoji name');
    assert.ok(names.some((name) => name?.includes('\u001b[')), 'a CSI escape sequence');
    assert.ok(names.some((name) => name?.includes('\u001b]')), 'an OSC escape sequence');
  });

  it('have unique ids', () => {
    const ids = new Set(SAMPLE_ORGANIZATIONS.map((organization) => organization.id));

    assert.equal(ids.size, SAMPLE_ORGANIZATIONS.length);
  });
});

describe('validateSiroResponse', () => {
  it('reports a missing required field', () => {
    const problems = validateSiroResponse('GET', '/v1/core/auth/caller-identity', 200, { tokenId: 'x' });

    assert.ok(problems.length > 0);
    assert.ok(problems.some((problem) => problem.includes("must have required property 'tokenName'")));
  });

  it('reports a missing nested organization field', () => {
    const organization = { ...FIRST, teams: [{ id: 't', name: 'Sales', coachUids: [] }] };

    const problems = validateSiroResponse('GET', '/v1/core/organizations', 200, { data: [organization], cursor: null });

    assert.ok(problems.some((problem) => problem.includes("'memberUids'")));
  });

  it('matches path templates', () => {
    const problems = validateSiroResponse('DELETE', '/v1/core/auth/tokens/tok_1', 200, { tokenId: 'tok_1' });

    assert.ok(problems.length > 0);
  });

  it('reports an unknown operation', () => {
    assert.deepEqual(validateSiroResponse('PATCH', '/v1/core/organizations', 200, {}), [
      'PATCH /v1/core/organizations is not an operation of the OpenAPI document.',
    ]);
  });

  it('skips undeclared error statuses', () => {
    assert.deepEqual(validateSiroResponse('GET', '/v1/core/organizations', 404, { message: 'x' }), []);
  });
});
