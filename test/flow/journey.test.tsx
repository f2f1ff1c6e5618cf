import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';

import { ExitCode } from '../../src/exit-codes.js';
import { fakeSecret } from '../support/fake-services.js';
import { cleanup, renderFlow } from '../support/render.js';

afterEach(cleanup);

test('journey shows secrets only when asked', async () => {
  const orgGroupToken = fakeSecret('org-group');
  const app = renderFlow({ storedToken: orgGroupToken });
  const secret = app.siro.createdSecret;

  await app.waitFor('Choose an organization');
  await app.press('down');
  await app.press('enter');
  await app.waitFor('Organization: Bravo Roofing');
  await app.press('enter');
  await app.waitFor('Token name:');
  await app.type('nightly export');
  await app.press('enter');
  await app.waitFor('Create token nightly export for Bravo Roofing (org-bravo)?');
  await app.type('y');
  await app.waitFor('Token created.');
  const framesBeforeReveal = app.frames().length;

  await app.type('r');
  await app.waitFor(secret);
  await app.type('s');
  await app.waitFor('File:');
  await app.type('nightly.env');
  await app.press('enter');
  await app.waitFor('Saved to /home/tester/nightly.env');
  await app.type('q');

  assert.equal(await app.waitForExit(), ExitCode.success);
  const frames = app.frames();
  assert.equal(frames.filter((frame) => frame.includes(orgGroupToken)).length, 0, 'no frame shows the org-group token');
  assert.equal(
    frames.slice(0, framesBeforeReveal).filter((frame) => frame.includes(secret)).length,
    0,
    'no frame before the reveal shows the new token',
  );
  assert.ok(!frames.at(-1)?.includes(secret), 'the final frame shows the new token masked');
  assert.ok(
    app.siro.calls.every((call) => call.token === orgGroupToken),
    'every call is made with the org-group token',
  );
  assert.deepEqual(app.files.writes.map((write) => write.path), ['nightly.env']);
});
