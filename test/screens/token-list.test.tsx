import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import type { TokenMetadata } from '../../src/api/types.js';
import { formatLocalTime } from '../../src/flow/local-time.js';
import {
  deferred,
  fakeSecret,
  httpError,
  orgGroupIdentity,
  timeoutError,
  tokenMetadata,
  type FakeServices,
} from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { cleanup, flatten, lineCount, renderFlow, type RenderedFlow } from '../support/render.js';
import { openOrganizationMenu, openTokenList } from './flow-steps.js';

afterEach(cleanup);

const LIST_CALL = 'GET /v1/core/auth/tokens';
const REVOKE_CALL = 'DELETE /v1/core/auth/tokens/tok-old';

const older = tokenMetadata({
  tokenId: 'tok-old',
  tokenName: 'old ci',
  createdAt: '2025-01-02T03:04:05.000Z',
  createdBy: 'uid-alice',
  parentOrgGroupTokenId: null,
});
const newer = tokenMetadata({ tokenId: 'tok-new', tokenName: 'new ci', createdAt: '2026-02-03T04:05:06.000Z' });

function renderWithTokens(configure?: (fakes: FakeServices) => void): RenderedFlow {
  return renderFlow({ storedToken: fakeSecret('stored') }, (fakes) => {
    fakes.siro.listTokens = async () => [older, newer];
    configure?.(fakes);
  });
}

async function openRevoke(app: RenderedFlow): Promise<void> {
  await openTokenList(app);
  await app.waitFor('old ci');
  await app.press('down', 'enter');
  await app.waitFor("Type the token's name to confirm:");
}

describe('token list', () => {
  test('lists newest first with details', async () => {
    const app = renderWithTokens();
    await openTokenList(app);

    const frame = await app.waitFor('old ci');
    const names = frame.split('\n').filter((line) => /^(› | {2})\S/.test(line));

    assert.match(names[0] ?? '', /^› new ci {2}tok-new/);
    assert.match(names[1] ?? '', /^ {2}old ci {2}tok-old/);
    assert.ok(frame.includes(`Created: ${formatLocalTime(newer.createdAt)}`));
    assert.match(frame, /Created by: org-group token tok-org-group-1/);
    assert.deepEqual(app.siro.callsOf('listTokens')[0]?.args, ['org-acme']);
  });

  test('rows and details share time format', async () => {
    const app = renderWithTokens();
    await openTokenList(app);

    const frame = await app.waitFor('old ci');
    const created = formatLocalTime(newer.createdAt);
    const row = frame.split('\n').find((line) => line.startsWith('› new ci')) ?? '';
    const zone = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' })
      .formatToParts(new Date(newer.createdAt))
      .find((part) => part.type === 'timeZoneName')?.value;

    assert.ok(zone !== undefined, 'the formatter names a time zone');
    assert.ok(created.endsWith(zone), `the time names its zone: ${created}`);
    assert.ok(row.endsWith(`tok-new · ${created}`), `the row shows the time with its zone: ${row}`);
    assert.ok(frame.includes(`Created: ${created}`), 'the details show the same time');
  });

  test('selection shows its creator', async () => {
    const app = renderWithTokens();
    await openTokenList(app);
    await app.waitFor('old ci');

    await app.press('down');

    assert.match(await app.waitFor('Created by: user uid-alice'), /Token ID: tok-old/);
  });

  test('empty organization says so', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') });
    await openTokenList(app);

    const frame = await app.waitFor('This organization has no tokens.');

    assert.match(frame, /^Esc back$/m, 'the keys offer going back only');
    assert.doesNotMatch(frame, /Enter revoke/);
  });

  test('org-group token in use is protected', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.listTokens = async () => [tokenMetadata({ tokenId: 'tok-org-group-1', tokenName: 'ops automation' })];
    });
    await openTokenList(app);
    await app.waitFor('ops automation (in use by siro-token)');

    await app.press('enter');

    await app.waitFor('cannot be revoked from here');
    assert.equal(app.siro.callsOf('revokeToken').length, 0);
  });

  test('list failure offers retry', async () => {
    let attempts = 0;
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.listTokens = async () => {
        attempts += 1;
        if (attempts === 1) {
          throw httpError(LIST_CALL, 403, 'Selector required');
        }
        return [older];
      };
    });
    await openTokenList(app);

    const frame = flatten(await app.waitFor('Selector required'));
    assert.match(frame, /r retry · Esc back/);

    await app.type('r');
    await app.waitFor('old ci');
    assert.equal(attempts, 2);
  });

  const listFailures = [
    ['404', httpError(LIST_CALL, 404)],
    ['429', httpError(LIST_CALL, 429)],
    ['500', httpError(LIST_CALL, 500)],
    ['timeout', timeoutError(LIST_CALL)],
  ] as const;

  for (const [label, error] of listFailures) {
    test(`${label} on list shows message`, async () => {
      const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
        siro.listTokens = async () => {
          throw error;
        };
      });
      await openTokenList(app);

      const frame = flatten(await app.waitFor('r retry'));
      assert.ok(frame.includes(error.message), `the frame shows: ${error.message}`);
    });
  }

  test('Esc returns to the menu', async () => {
    const app = renderWithTokens();
    await openTokenList(app);

    await app.press('escape');

    await app.waitFor('View and revoke existing tokens');
  });

  test('two downs in one chunk', async () => {
    const oldest = tokenMetadata({ tokenId: 'tok-oldest', tokenName: 'oldest ci', createdAt: '2024-01-01T00:00:00.000Z' });
    const app = renderWithTokens(({ siro }) => {
      siro.listTokens = async () => [older, newer, oldest];
    });
    await openTokenList(app);
    await app.waitFor('oldest ci');

    await app.type(keys.down + keys.down);

    await app.waitFor('Token ID: tok-oldest');
  });

  test('menu takes down and Enter at once', async () => {
    const app = renderWithTokens();
    await openOrganizationMenu(app);

    await app.type(keys.down + keys.enter);

    await app.waitFor('Tokens of Acme Corp (org-acme)');
  });

  test('details give way in 80x15', async () => {
    const tallHeader = { demoToken: fakeSecret('demo'), apiUrl: { url: 'http://127.0.0.1:4010', isDefault: false } };
    const app = renderFlow({ storedToken: fakeSecret('stored'), ...tallHeader, columns: 80, rows: 15 }, ({ siro }) => {
      siro.listTokens = async () =>
        Array.from({ length: 20 }, (_, index) => tokenMetadata({ tokenId: `tok-${index}`, tokenName: `ci ${index}` }));
      siro.getCallerIdentity = async () => orgGroupIdentity({ tokenId: 'tok-0' });
    });
    await openTokenList(app);
    const before = await app.waitFor('Token ID: tok-0');

    await app.press('enter');
    const after = await app.waitFor('cannot be revoked from here');

    assert.equal(lineCount(before), 14);
    assert.equal(lineCount(after), 14);
    assert.doesNotMatch(after, /Token ID:/, 'the details made room for the notice');
    assert.match(after, /Rows 1–5 of 20/);
  });
});

describe('token revoke', () => {
  test('wrong name is rejected', async () => {
    const app = renderWithTokens();
    await openRevoke(app);

    await app.type('old');
    await app.press('enter');

    await app.waitFor('The name you typed does not match "old ci". Type it exactly, or press Esc to go back.');
    assert.equal(app.siro.callsOf('revokeToken').length, 0);
  });

  test('exact name revokes the token', async () => {
    const revoking = deferred<TokenMetadata>();
    const app = renderWithTokens(({ siro }) => {
      siro.revokeToken = () => revoking.promise;
    });
    await openRevoke(app);

    await app.type('old ci');
    await app.press('enter');
    await app.waitFor('Revoking token old ci (tok-old)…');
    revoking.resolve(older);
    await app.waitFor('Revoked token old ci (tok-old).');

    assert.deepEqual(app.siro.callsOf('revokeToken')[0]?.args, ['tok-old', 'org-acme']);

    await app.press('enter');
    await app.waitFor('Tokens of Acme Corp');
    await app.waitUntil(() => app.siro.callsOf('listTokens').length === 2, 'the list to load again');
  });

  test('name and Enter in one chunk', async () => {
    const app = renderWithTokens();
    await openRevoke(app);

    await app.type(`old ci${keys.enter}`);

    await app.waitFor('Revoked token old ci (tok-old).');
    assert.equal(app.siro.callsOf('revokeToken').length, 1);
  });

  test('revoke failure offers retry', async () => {
    let attempts = 0;
    const app = renderWithTokens(({ siro }) => {
      siro.revokeToken = async () => {
        attempts += 1;
        if (attempts === 1) {
          throw httpError(REVOKE_CALL, 404, 'No such token');
        }
        return older;
      };
    });
    await openRevoke(app);
    await app.type('old ci');
    await app.press('enter');

    const frame = flatten(await app.waitFor('Revoking token old ci (tok-old) failed.'));
    assert.match(frame, /No such token/);
    assert.doesNotMatch(frame, /may have been revoked/);

    await app.type('r');
    await app.waitFor('Revoked token old ci');
    assert.equal(attempts, 2);
  });

  const revokeFailures = [
    ['403', httpError(REVOKE_CALL, 403, 'Only org-group tokens may revoke')],
    ['429', httpError(REVOKE_CALL, 429)],
    ['500', httpError(REVOKE_CALL, 500)],
  ] as const;

  for (const [label, error] of revokeFailures) {
    test(`${label} on revoke shows message`, async () => {
      const app = renderWithTokens(({ siro }) => {
        siro.revokeToken = async () => {
          throw error;
        };
      });
      await openRevoke(app);
      await app.type('old ci');
      await app.press('enter');

      const frame = flatten(await app.waitFor('Revoking token old ci (tok-old) failed.'));
      assert.ok(frame.includes(error.message), `the frame shows: ${error.message}`);
      assert.match(frame, /r retry · Esc back/);
    });
  }

  test('revoke timeout may have taken effect', async () => {
    const app = renderWithTokens(({ siro }) => {
      siro.revokeToken = async () => {
        throw timeoutError(REVOKE_CALL, true);
      };
    });
    await openRevoke(app);
    await app.type('old ci');
    await app.press('enter');

    await app.waitFor('The token may have been revoked although no answer arrived.');
  });

  test('Esc returns to the list', async () => {
    const app = renderWithTokens();
    await openRevoke(app);

    await app.press('escape');

    await app.waitFor('Tokens of Acme Corp');
    assert.equal(app.siro.callsOf('revokeToken').length, 0);
  });
});
