import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import type { Organization } from '../../src/api/types.js';
import {
  fakeSecret,
  longKeychainUnavailable,
  organization,
  tokenMetadata,
  yieldPages,
} from '../support/fake-services.js';
import { assertFrameMatches, assertFramesFit, cleanup, flatten, lineCount, renderFlow, type RenderedFlow } from '../support/render.js';

afterEach(cleanup);

const SIZES = [
  { columns: 100, rows: 24 },
  { columns: 80, rows: 15 },
] as const;

function manyOrganizations(count: number): Organization[] {
  return Array.from({ length: count }, (_, index) => organization(`org-${index}`, `Roofing Company ${index}`));
}

/**
 * Renders the flow with the tallest header there is: demo banner, API URL,
 * sign-in line and a keychain note, with many organizations and tokens.
 */
function renderTallest(size: { columns: number; rows: number }): RenderedFlow {
  return renderFlow(
    { demoToken: fakeSecret('demo'), apiUrl: { url: 'http://127.0.0.1:4010', isDefault: false }, ...size },
    ({ siro, secrets }) => {
      secrets.keychainError = longKeychainUnavailable();
      siro.organizationPages = () => yieldPages([manyOrganizations(60)]);
      siro.listTokens = async () =>
        Array.from({ length: 40 }, (_, index) =>
          tokenMetadata({ tokenId: `tok-${index}`, tokenName: `ci runner ${index}`, createdBy: 'uid-alice' }),
        );
    },
  );
}

async function signIn(app: RenderedFlow): Promise<void> {
  await app.waitFor('Org-group token:');
  await app.press('enter');
  await app.waitFor('60 organizations');
}

for (const size of SIZES) {
  describe(`frames fit ${size.columns}x${size.rows}`, () => {
    test('sign-in and organization list', async () => {
      const app = renderTallest(size);
      await signIn(app);
      await app.press('pageDown', 'pageDown', 'end');

      const frame = await app.waitFor('› Roofing Company 59');

      assert.equal(lineCount(frame), size.rows - 1, 'the list takes every line left');
      assertFramesFit(app);
    });

    test('token list with details', async () => {
      const app = renderTallest(size);
      await signIn(app);
      await app.press('enter');
      await app.waitFor('Create a new token');
      await app.press('down', 'enter');
      await app.waitFor('ci runner 0');

      await app.press('pageDown', 'down', 'enter');
      await app.waitFor("Type the token's name to confirm:");

      assertFramesFit(app);
    });

    test('result, save and questions', async () => {
      const app = renderTallest(size);
      await signIn(app);
      await app.press('enter');
      await app.waitFor('Create a new token');
      await app.press('enter');
      await app.waitFor('Token name:');
      await app.type('a token name that is rather long but still valid');
      await app.press('enter');
      await app.waitFor('Create token');
      await app.type('y');
      await app.waitFor('Token created.');

      await app.type('r');
      await app.waitFor(app.siro.createdSecret);
      await app.type('n');
      await app.waitFor('Start another token anyway? (y/N)');
      await app.type('n');
      await app.type('q');
      await app.waitFor('Quit anyway? (y/N)');
      await app.type('n');
      await app.type('s');
      await app.waitFor('File:');
      await app.type('a-rather-long-file-name-for-the-token-of-this-organization.env');
      await app.press('enter');
      await app.waitFor('(mode 0600');

      assertFramesFit(app);
    });

    test('Ctrl+C on result fits with note', async () => {
      const app = renderTallest(size);
      await signIn(app);
      await app.press('enter');
      await app.waitFor('Create a new token');
      await app.press('enter');
      await app.waitFor('Token name:');
      await app.type('a token name that is rather long but still valid\r');
      await app.waitFor('Create token');
      await app.type('y');
      await app.waitFor('Token created.');
      await app.type('r');
      await app.waitFor(app.siro.createdSecret);

      await app.press('ctrlC');
      await app.waitForExit();

      const last = app.lastFrame();
      assert.ok(!last.includes(app.siro.createdSecret), 'the final frame does not show the token');
      assertFrameMatches(flatten(last), /Demo token a token name .* was not saved\. .* Interrupted\.$/);
      assertFramesFit(app);
    });

    test('Ctrl+C adds a line that fits', async () => {
      const app = renderTallest(size);
      await signIn(app);

      await app.press('ctrlC');
      await app.waitForExit();

      assert.match(app.lastFrame(), /Interrupted\.$/);
      assertFramesFit(app);
    });
  });
}
