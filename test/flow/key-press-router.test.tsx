import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';

import { fakeSecret } from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { cleanup, flatten, renderFlow } from '../support/render.js';
import { openOrganizationMenu, openTokenName } from '../screens/flow-steps.js';

afterEach(cleanup);

/**
 * Waits one event-loop turn at a time and returns in the first turn where
 * the frame matches. React may run the new screen's passive effects in a
 * later turn, so a key sent right after this tests the gap between them.
 */
async function untilDrawn(app: ReturnType<typeof renderFlow>, pattern: RegExp): Promise<void> {
  for (let turn = 0; turn < 100; turn += 1) {
    if (pattern.test(app.lastFrame())) {
      return;
    }

    await new Promise((resolve) => setImmediate(resolve));
  }

  assert.fail(`The frame never matched ${String(pattern)}.`);
}

test('name typed as screen opens is kept', async () => {
  const app = renderFlow({ storedToken: fakeSecret('stored') });
  await openOrganizationMenu(app);

  // Enter opens the name screen; the name follows as soon as it is drawn,
  // as when a person types or pastes right away.
  app.stdin.write(keys.enter);
  await untilDrawn(app, /Token name:/);
  app.stdin.write('fast typist');
  app.stdin.write(keys.enter);

  const frame = await app.waitFor('Create token');
  assert.match(flatten(frame), /Create token fast typist for Acme Corp/);
});

test('filter typed as picker opens is kept', async () => {
  const app = renderFlow({ storedToken: fakeSecret('stored') });
  await openOrganizationMenu(app);

  // "Choose another organization" is the third menu item.
  app.stdin.write(keys.down);
  app.stdin.write(keys.down);
  app.stdin.write(keys.enter);
  await untilDrawn(app, /Choose an organization/);
  app.stdin.write('acme');

  const frame = await app.waitFor('Choose an organization');
  assert.match(flatten(frame), /Filter: acme/);
});

test('burst after Enter reaches next screens', async () => {
  const app = renderFlow({ storedToken: fakeSecret('stored') });
  await openOrganizationMenu(app);

  // One read: Enter on the menu, the name and its Enter, then y to confirm.
  app.stdin.write(`${keys.enter}burst2${keys.enter}y`);

  const frame = await app.waitFor('Token created.');
  assert.match(flatten(frame), /burst2/);
});

test('name, Enter and y in one read', async () => {
  const app = renderFlow({ storedToken: fakeSecret('stored') });
  await openTokenName(app);

  app.stdin.write(`burst3${keys.enter}y`);

  const frame = await app.waitFor('Token created.');
  assert.match(flatten(frame), /burst3/);
});
