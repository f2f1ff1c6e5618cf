/**
 * Shared steps of the API client tests: a checked local server per test, a
 * client bound to a test token, and the check that an error hides the token.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterEach } from 'node:test';
import { inspect } from 'node:util';

import { createSiroApi, type SiroApiOptions } from '../../src/api/client.js';
import { SiroApiError } from '../../src/api/errors.js';
import type { SiroApi } from '../../src/api/siro-api.js';
import type { Organization } from '../../src/api/types.js';
import type { SiroServerOptions } from '../../src/demo/siro-server.js';
import { startCheckedSiroServer, type CheckedSiroServer } from '../support/openapi.js';

export interface ApiFixture extends CheckedSiroServer {
  /** A fresh, obviously fake org-group token that only this server accepts. */
  token: string;
  api: SiroApi;
}

/** Builds a fake org-group token that is unique to one test. */
export function fakeOrgGroupToken(): string {
  return `siro_test_orggroup_FAKE_${randomBytes(12).toString('hex')}`;
}

/** Starts a checked server and a client bound to a fresh org-group token. */
export async function startApiFixture(
  serverOptions: SiroServerOptions = {},
  clientOptions: Partial<Omit<SiroApiOptions, 'baseUrl' | 'token'>> = {},
): Promise<ApiFixture> {
  const token = fakeOrgGroupToken();
  const checked = await startCheckedSiroServer({ ...serverOptions, orgGroupTokens: [token] });
  const api = createSiroApi({ baseUrl: checked.server.url, token, ...clientOptions });
  return { ...checked, token, api };
}

/**
 * Returns a starter of fixtures for the current test file. After each test,
 * every fixture it started is closed, and every response its server sent
 * must have matched the OpenAPI document.
 */
export function closeFixturesAfterEach(): typeof startApiFixture {
  const started: ApiFixture[] = [];

  afterEach(async () => {
    for (const fixture of started.splice(0)) {
      await fixture.server.close();
      assert.deepEqual(fixture.violations, []);
    }
  });

  return async (serverOptions, clientOptions) => {
    const fixture = await startApiFixture(serverOptions, clientOptions);
    started.push(fixture);
    return fixture;
  };
}

/** Awaits the promise and returns the SiroApiError it rejects with; fails when it resolves or rejects otherwise. */
export async function rejectionOf(promise: Promise<unknown>): Promise<SiroApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SiroApiError, `expected a SiroApiError, got ${inspect(error)}`);
    return error;
  }
  assert.fail('expected the call to reject, but it resolved');
}

/** Asserts that no view of the error (message, stack, inspect, JSON) contains the token. */
export function assertHidesToken(error: unknown, token: string): void {
  const views = {
    message: (error as Error).message,
    string: String(error),
    stack: (error as Error).stack ?? '',
    inspect: inspect(error, { depth: 10, showHidden: true }),
    json: JSON.stringify(error),
  };

  for (const [view, text] of Object.entries(views)) {
    assert.equal(text.includes(token), false, `the error's ${view} contains the token`);
  }
}

/** Reads every organization through organizationPages(). */
export async function readAllOrganizations(api: SiroApi): Promise<Organization[]> {
  const organizations: Organization[] = [];
  for await (const page of api.organizationPages()) {
    organizations.push(...page);
  }
  return organizations;
}
