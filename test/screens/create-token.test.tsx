import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import type { CreatedToken, TokenMetadata } from '../../src/api/types.js';
import { ExitCode } from '../../src/exit-codes.js';
import {
  deferred,
  fakeSecret,
  httpError,
  malformedError,
  timeoutError,
  tokenMetadata,
} from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { cleanup, flatten, renderFlow } from '../support/render.js';
import { openConfirm, openTokenName } from './flow-steps.js';

afterEach(cleanup);

const LIST_CALL = 'GET /v1/core/auth/tokens';
const CREATE_CALL = 'POST /v1/core/auth/tokens';

function signedIn() {
  return renderFlow({ storedToken: fakeSecret('stored') });
}

describe('token name', () => {
  test('empty Enter takes the suggestion', async () => {
    const app = signedIn();
    await openTokenName(app);

    assert.match(app.lastFrame(), /Token name: siro-token tester@testhost 2026-05-06/);
    await app.press('enter');
    const frame = await app.waitFor('Create token');

    assert.match(flatten(frame), /Create token siro-token tester@testhost 2026-05-06 for Acme Corp \(org-acme\)\?/);
  });

  test('blank name is rejected inline', async () => {
    const app = signedIn();
    await openTokenName(app);

    await app.type('   ');
    await app.press('enter');
    await app.waitFor('The token name is empty');
    assert.equal(app.siro.callsOf('listTokens').length, 0);

    // Ink drops trailing spaces from a frame, so a typed letter shows the spaces were kept.
    await app.type('x');
    await app.waitFor(/Token name: {4}x/);
  });

  test('129 characters are rejected, text kept', async () => {
    const app = signedIn();
    await openTokenName(app);
    const tooLong = 'n'.repeat(129);

    await app.type(tooLong);
    await app.press('enter');
    const frame = await app.waitFor('The token name is 129 characters long, but the maximum is 128');

    // The long input wraps, so the check ignores line breaks.
    assert.ok(frame.replace(/\s+/g, '').includes(tooLong), 'the typed name stays in the input');
    assert.equal(app.siro.callsOf('listTokens').length, 0);
  });

  test('Ctrl+U clears a rejected name', async () => {
    const app = signedIn();
    await openTokenName(app);
    await app.type('n'.repeat(200));
    await app.press('enter');
    await app.waitFor('The token name is 200 characters long');

    await app.press('ctrlU');
    await app.waitFor(/Token name: siro-token tester@testhost/);
    await app.type('short name\r');

    assert.match(flatten(await app.waitFor('Create token')), /Create token short name for Acme Corp/);
  });

  test('Ctrl+W deletes the last word', async () => {
    const app = signedIn();
    await openTokenName(app);
    await app.type('deploy nightly');

    await app.press('ctrlW');
    await app.type('bot\r');

    assert.match(flatten(await app.waitFor('Create token')), /Create token deploy bot for Acme Corp/);
  });

  test('128 characters are accepted', async () => {
    const app = signedIn();
    await openTokenName(app);

    await app.type('n'.repeat(128));
    await app.press('enter');

    await app.waitFor('Create token');
    assert.equal(app.siro.callsOf('listTokens').length, 1);
  });

  test('control character is rejected', async () => {
    const app = signedIn();
    await openTokenName(app);

    // Ctrl+G (BEL) pasted with text; a lone control key or an editing key such as Ctrl+A is not typed.
    await app.type('ci\u0007bot');
    await app.press('enter');

    await app.waitFor('The token name contains a control character');
    assert.equal(app.siro.callsOf('listTokens').length, 0);
  });

  test('duplicate name warns on confirm', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.listTokens = async () => [tokenMetadata({ tokenName: 'deploy bot' })];
    });

    await openConfirm(app, 'deploy bot');
    const frame = app.lastFrame();

    assert.match(
      flatten(frame),
      /A token named "deploy bot" already exists in Acme Corp; Siro allows duplicates, but you may want another name\./,
    );
    assert.deepEqual(app.siro.callsOf('listTokens')[0]?.args, ['org-acme']);
  });

  test('unreadable token list warns and continues', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.listTokens = async () => {
        throw httpError(LIST_CALL, 500, 'database unavailable');
      };
    });

    await openConfirm(app, 'deploy bot');
    const frame = flatten(app.lastFrame());

    assert.match(frame, /The existing tokens of Acme Corp could not be read, so the name was not checked for duplicates\./);
    assert.match(frame, /database unavailable/);
    assert.match(frame, /Create token deploy bot for Acme Corp/);
  });

  const listFailures = [
    ['403', httpError(LIST_CALL, 403, 'Selector required')],
    ['404', httpError(LIST_CALL, 404)],
    ['429', httpError(LIST_CALL, 429)],
    ['timeout', timeoutError(LIST_CALL)],
    ['malformed', malformedError(LIST_CALL)],
  ] as const;

  for (const [label, error] of listFailures) {
    test(`${label} on token list still confirms`, async () => {
      const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
        siro.listTokens = async () => {
          throw error;
        };
      });

      await openConfirm(app, 'deploy bot');
      const frame = flatten(app.lastFrame());

      assert.ok(frame.includes(error.message), `the frame shows: ${error.message}`);
      assert.match(frame, /was not checked for duplicates/);
    });
  }

  test('spinner while checking existing tokens', async () => {
    const listing = deferred<TokenMetadata[]>();
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.listTokens = () => listing.promise;
    });
    await openTokenName(app);

    await app.type('deploy bot');
    await app.press('enter');
    await app.waitFor('Checking the existing tokens of Acme Corp…');

    listing.resolve([]);
    await app.waitFor('Create token deploy bot');
  });

  test('narrow terminal keeps input label', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored'), columns: 44 });
    await openTokenName(app);

    assert.match(app.lastFrame(), /^Token name: siro-token tester@testhost/m);
  });

  test('Esc goes back to the menu', async () => {
    const app = signedIn();
    await openTokenName(app);

    await app.press('escape');

    await app.waitFor('Create a new token');
  });

  test('name and Enter in one chunk', async () => {
    const app = signedIn();
    await openTokenName(app);

    await app.type(`nightly export${keys.enter}`);

    await app.waitFor('Create token nightly export for Acme Corp (org-acme)?');
  });
});

describe('token confirm and create', () => {
  test('y creates with name and organization', async () => {
    const app = signedIn();
    await openConfirm(app, 'deploy bot');

    await app.type('y');
    await app.waitFor('Token created.');

    assert.deepEqual(app.siro.callsOf('createToken')[0]?.args, [{ tokenName: 'deploy bot', organizationId: 'org-acme' }]);
  });

  test('repeated y creates only once', async () => {
    const creating = deferred<CreatedToken>();
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.createToken = () => creating.promise;
    });
    await openConfirm(app, 'deploy bot');

    // Two chunks before React re-renders, as key repeat can send them.
    app.stdin.write('y');
    app.stdin.write('y');
    await app.waitFor('Creating token');

    assert.equal(app.siro.callsOf('createToken').length, 1);
    creating.resolve({ ...tokenMetadata({ tokenName: 'deploy bot' }), token: fakeSecret('created') });
    await app.waitFor('Token created.');
  });

  test('n goes back keeping the name', async () => {
    const app = signedIn();
    await openConfirm(app, 'deploy bot');

    await app.type('n');
    const frame = await app.waitFor('Token name:');

    assert.match(frame, /Token name: deploy bot/);
    assert.equal(app.siro.callsOf('createToken').length, 0);
  });

  test('Esc goes back keeping the name', async () => {
    const app = signedIn();
    await openConfirm(app, 'deploy bot');

    await app.press('escape');
    const frame = await app.waitFor('Token name:');

    assert.match(frame, /Token name: deploy bot/);
  });

  test('spinner while creating', async () => {
    const creating = deferred<CreatedToken>();
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.createToken = () => creating.promise;
    });
    await openConfirm(app, 'deploy bot');

    await app.type('y');
    await app.waitFor('Creating token deploy bot for Acme Corp (org-acme)…');

    creating.resolve({ ...tokenMetadata({ tokenName: 'deploy bot' }), token: fakeSecret('created') });
    await app.waitFor('Token created.');
  });

  test('Ctrl+C while creating warns', async () => {
    const creating = deferred<CreatedToken>();
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.createToken = () => creating.promise;
    });
    await openConfirm(app, 'deploy bot');
    await app.type('y');
    await app.waitFor('Creating token');

    await app.press('ctrlC');

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
    assert.match(flatten(app.lastFrame()), /token deploy bot may have been created for Acme Corp \(org-acme\)/);
  });

  const failures = [
    ['403', httpError(CREATE_CALL, 403, 'Only org-group tokens may create tokens')],
    ['404', httpError(CREATE_CALL, 404)],
    ['429', httpError(CREATE_CALL, 429)],
    ['500', httpError(CREATE_CALL, 500)],
    ['malformed', malformedError(CREATE_CALL)],
  ] as const;

  for (const [label, error] of failures) {
    test(`${label} on create offers retry`, async () => {
      let attempts = 0;
      const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
        const create = siro.createToken;
        siro.createToken = async (token, request) => {
          attempts += 1;
          if (attempts === 1) {
            throw error;
          }
          return create(token, request);
        };
      });
      await openConfirm(app, 'deploy bot');

      await app.type('y');
      const frame = await app.waitFor('Creating token deploy bot for Acme Corp (org-acme) failed.');
      assert.ok(flatten(frame).includes(error.message), `the frame shows: ${error.message}`);
      assert.doesNotMatch(flatten(frame), /may have been created/);
      assert.equal(attempts, 1, 'not retried automatically');

      await app.type('r');
      await app.waitFor('Token created.');
      assert.equal(attempts, 2);
    });
  }

  test('timeout says it may have been created', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.createToken = async () => {
        throw timeoutError(CREATE_CALL, true);
      };
    });
    await openConfirm(app, 'deploy bot');

    await app.type('y');
    const frame = flatten(await app.waitFor('may have been created'));

    assert.match(frame, /POST \/v1\/core\/auth\/tokens timed out/);
    assert.match(frame, /check the tokens of this organization/);
    assert.match(frame, /View and revoke existing tokens/);
    assert.equal(app.siro.callsOf('createToken').length, 1);
  });

  test('retry after timeout asks first', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.createToken = async () => {
        throw timeoutError(CREATE_CALL, true);
      };
    });
    await openConfirm(app, 'deploy bot');
    await app.type('y');
    await app.waitFor('may have been created');

    await app.type('r');
    await app.waitFor('Retrying may create a second token named deploy bot. Retry anyway? (y/N)');
    await app.type('n');
    await app.waitFor('r retry');
    assert.equal(app.siro.callsOf('createToken').length, 1);

    await app.type('r');
    await app.waitFor('Retry anyway?');
    await app.type('y');
    await app.waitUntil(() => app.siro.callsOf('createToken').length === 2, 'the second create call');
  });

  test('Esc after failure goes back to naming', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.createToken = async () => {
        throw httpError(CREATE_CALL, 500);
      };
    });
    await openConfirm(app, 'deploy bot');
    await app.type('y');
    await app.waitFor('failed.');

    await app.press('escape');

    assert.match(await app.waitFor('Token name:'), /Token name: deploy bot/);
  });
});
