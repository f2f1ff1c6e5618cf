import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, it } from 'node:test';

import { createSiroApi, connectSiroApi, type RequestLogEvent } from '../../src/api/client.js';
import { SAMPLE_ORGANIZATIONS } from '../../src/demo/sample-organizations.js';
import { fakeOrgGroupToken, rejectionOf, startApiFixture, type ApiFixture } from './api-test-helpers.js';

const FIRST = SAMPLE_ORGANIZATIONS[0]!;
const IDENTITY = '/v1/core/auth/caller-identity';

interface CapturedRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Starts a loopback server that records each request and returns a 401. */
async function startCapturingServer(): Promise<{ server: Server; url: string; captured: CapturedRequest[] }> {
  const captured: CapturedRequest[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      captured.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end('{"message":"captured"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/base/`, captured };
}

describe('request details', () => {
  let fixture: ApiFixture | undefined;
  let capturing: Server | undefined;

  afterEach(async () => {
    capturing?.closeAllConnections();
    capturing?.close();
    capturing = undefined;
    if (fixture === undefined) {
      return;
    }
    await fixture.server.close();
    assert.deepEqual(fixture.violations, []);
    fixture = undefined;
  });

  it('sends bearer token and headers', async () => {
    const started = await startCapturingServer();
    capturing = started.server;
    const token = fakeOrgGroupToken();

    await rejectionOf(createSiroApi({ baseUrl: started.url, token }).getCallerIdentity());

    const request = started.captured[0];
    assert.equal(request?.method, 'GET');
    assert.equal(request?.url, `/base${IDENTITY}`);
    assert.equal(request?.headers.authorization, `Bearer ${token}`);
    assert.match(request?.headers['user-agent'] ?? '', /^siro-token\/\d+\.\d+\.\d+/);
    assert.equal(request?.headers.accept, 'application/json');
  });

  it('sends create body as JSON', async () => {
    const started = await startCapturingServer();
    capturing = started.server;

    await rejectionOf(
      createSiroApi({ baseUrl: started.url, token: fakeOrgGroupToken() }).createToken({
        tokenName: 'ci-runner',
        organizationId: 'org_1',
      }),
    );

    const request = started.captured[0];
    assert.equal(request?.method, 'POST');
    assert.match(request?.headers['content-type'] ?? '', /^application\/json/);
    assert.deepEqual(JSON.parse(request?.body ?? ''), { tokenName: 'ci-runner', organizationId: 'org_1' });
  });

  it('connectSiroApi binds the given token', async () => {
    const started = await startCapturingServer();
    capturing = started.server;
    const token = fakeOrgGroupToken();

    await rejectionOf(connectSiroApi({ baseUrl: started.url })(token).getCallerIdentity());

    assert.equal(started.captured[0]?.headers.authorization, `Bearer ${token}`);
  });

  it('onRequest logs every attempt', async () => {
    const events: RequestLogEvent[] = [];
    fixture = await startApiFixture({ pageSize: 1 }, { onRequest: (event) => events.push(event) });
    fixture.server.failNext({ path: '/v1/core/auth/tokens', status: 503 });

    await fixture.api.listTokens(FIRST.id);

    assert.deepEqual(
      events.map(({ method, path, status, outcome }) => ({ method, path, status, outcome })),
      [
        { method: 'GET', path: '/v1/core/auth/tokens', status: 503, outcome: 'http-error' },
        { method: 'GET', path: '/v1/core/auth/tokens', status: 200, outcome: 'ok' },
        { method: 'GET', path: '/v1/core/auth/tokens', status: 200, outcome: 'ok' },
        { method: 'GET', path: '/v1/core/auth/tokens', status: 200, outcome: 'ok' },
      ],
    );
    assert.ok(events.every((event) => Number.isInteger(event.durationMs) && event.durationMs >= 0));
    assert.equal(JSON.stringify(events).includes(fixture.token), false);
  });

  it('onRequest logs timeout without status', async () => {
    const events: RequestLogEvent[] = [];
    fixture = await startApiFixture({}, { timeoutMs: 100, onRequest: (event) => events.push(event) });
    fixture.server.failNext({ path: IDENTITY, delayMs: 1000 });

    await rejectionOf(fixture.api.getCallerIdentity());

    assert.equal(events.length, 1);
    assert.equal(events[0]?.status, null);
    assert.equal(events[0]?.outcome, 'timeout');
  });

  it('throwing onRequest does not fail call', async () => {
    fixture = await startApiFixture({}, {
      onRequest: () => {
        throw new Error('log sink failed');
      },
    });

    const identity = await fixture.api.getCallerIdentity();

    assert.equal(identity.tokenId, 'tok_orggroup_1');
  });
});
