import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';

import { MAX_SERVER_MESSAGE_LENGTH } from '../../src/api/server-message.js';
import { generateOrganizations, SAMPLE_ORGANIZATIONS } from '../../src/demo/sample-organizations.js';
import { rejectionOf, readAllOrganizations, closeFixturesAfterEach, type ApiFixture } from './api-test-helpers.js';

describe('organizationPages', () => {
  let fixture: ApiFixture | undefined;
  const startFixture = closeFixturesAfterEach();

  it('yields every page in order', async () => {
    fixture = await startFixture({ organizations: generateOrganizations(23), pageSize: 10 });

    const pageSizes: number[] = [];
    const names: (string | null)[] = [];
    for await (const page of fixture.api.organizationPages()) {
      pageSizes.push(page.length);
      names.push(...page.map((organization) => organization.name));
    }

    assert.deepEqual(pageSizes, [10, 10, 3]);
    assert.equal(names.length, 23);
    assert.equal(names[0], 'Organization 1');
    assert.equal(names[22], 'Organization 23');
  });

  it('sends cursor and pageSize parameters', async () => {
    fixture = await startFixture({ organizations: generateOrganizations(15), pageSize: 10 });

    await readAllOrganizations(fixture.api);

    const queries = fixture.server.requests().map((request) => request.query);
    assert.equal(queries.length, 2);
    assert.equal(queries[0]?.['cursor'], undefined);
    assert.equal(queries[0]?.['pageSize'], '100');
    assert.equal(typeof queries[1]?.['cursor'], 'string');
  });

  it('yields first page before the rest', async () => {
    fixture = await startFixture({ organizations: generateOrganizations(30), pageSize: 10 });

    const pages = fixture.api.organizationPages();
    const first = await pages.next();

    assert.equal(first.done, false);
    assert.equal(first.value?.length, 10);
    assert.equal(fixture.server.requests().length, 1);
    await pages.return(undefined);
  });

  it('decodes sample organizations tolerantly', async () => {
    fixture = await startFixture();

    const organizations = await readAllOrganizations(fixture.api);

    assert.equal(organizations.length, SAMPLE_ORGANIZATIONS.length);
    const unnamed = organizations.filter((organization) => organization.name === null);
    assert.equal(unnamed.length, 1);
    const disabled = organizations.filter((organization) => organization.disabled);
    assert.equal(disabled.length, 1);
    assert.ok(organizations.some((organization) => organization.name === '東京ルーフィング株式会社'));
  });

  it('keeps names as the server sent them', async () => {
    fixture = await startFixture();

    const organizations = await readAllOrganizations(fixture.api);

    // Cleaning names for the terminal is the screen's job, so the client must not change them.
    assert.ok(organizations.some((organization) => organization.name === '\u001b[31mRed Corp\u001b[0m'));
  });

  it('rejects a repeated cursor', async () => {
    fixture = await startFixture({ organizations: generateOrganizations(40), pageSize: 10 });
    fixture.server.failNext({ method: 'GET', path: '/v1/core/organizations', repeatCursor: true });

    const pageSizes: number[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const page of fixture.api.organizationPages()) {
          pageSizes.push(page.length);
        }
      })(),
    );

    assert.equal(error.kind, 'pagination');
    assert.equal(error.call, 'GET /v1/core/organizations');
    assert.match(error.message, /^GET \/v1\/core\/organizations failed: the server repeated a cursor/);
    assert.deepEqual(pageSizes, [10]);
    assert.equal(fixture.server.requests().length, 2);
  });

  it('rejects a page without cursor', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: '/v1/core/organizations', status: 200, body: { data: [] } });

    const error = await rejectionOf(readAllOrganizations(fixture.api));

    assert.equal(error.kind, 'malformed');
    assert.equal(
      error.message,
      'GET /v1/core/organizations returned an invalid response: field "cursor" is missing.',
    );
  });

  it('rejects organization without id', async () => {
    fixture = await startFixture();
    fixture.server.failNext({
      path: '/v1/core/organizations',
      status: 200,
      body: { data: [{ id: 'org_a', industries: [], integrations: [], teams: [] }, { name: 'No id' }], cursor: null },
    });

    const error = await rejectionOf(readAllOrganizations(fixture.api));

    assert.equal(error.kind, 'malformed');
    assert.match(error.message, /field "data\[1\]\.id" is missing\.$/);
  });

  it('ignores unused organization fields', async () => {
    fixture = await startFixture();
    fixture.server.failNext({
      path: '/v1/core/organizations',
      status: 200,
      body: { data: [{ id: 'org_a', name: 'A', integrations: 'not an array', extra: 1 }], cursor: null },
    });

    const organizations = await readAllOrganizations(fixture.api);

    assert.deepEqual(organizations, [{ id: 'org_a', name: 'A', disabled: false }]);
  });

  it('rejects disabled of wrong type', async () => {
    fixture = await startFixture();
    fixture.server.failNext({
      path: '/v1/core/organizations',
      status: 200,
      body: { data: [{ id: 'org_a', disabled: 'yes' }], cursor: null },
    });

    const error = await rejectionOf(readAllOrganizations(fixture.api));

    assert.match(error.message, /field "data\[0\]\.disabled" must be a boolean, but is a string\.$/);
  });

  it('truncates a long server message', async () => {
    fixture = await startFixture();
    fixture.server.failNext({ path: '/v1/core/organizations', status: 400, body: { message: 'x'.repeat(5000) } });

    const error = await rejectionOf(readAllOrganizations(fixture.api));

    assert.equal(Array.from(error.serverMessage ?? '').length, MAX_SERVER_MESSAGE_LENGTH);
    assert.ok(error.serverMessage?.endsWith('…'));
  });
});
