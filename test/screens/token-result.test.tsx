import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import { ExitCode } from '../../src/exit-codes.js';
import { TokenFileError } from '../../src/files/token-file-writer.js';
import { maskToken } from '../../src/text/mask-token.js';
import { fakeSecret, type FakeServicesSetup } from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { assertFrameMatches, cleanup, flatten, renderFlow, type RenderedFlow } from '../support/render.js';
import { openResult } from './flow-steps.js';

afterEach(cleanup);

const DEFAULT_FILE = 'acme-corp-deploy-bot.token';

const UNSAVED_NOTE =
  'Token deploy bot (tok-new-1) exists in Siro and was not saved. To revoke it, run: siro-token revoke tok-new-1 --org org-acme';

async function resultScreen(setup: FakeServicesSetup = {}): Promise<RenderedFlow> {
  const app = renderFlow({ storedToken: fakeSecret('stored'), ...setup });
  await openResult(app, 'deploy bot');
  return app;
}

async function revealed(app: RenderedFlow): Promise<string> {
  await app.type('r');
  await app.waitFor(app.siro.createdSecret);
  return app.siro.createdSecret;
}

function assertMaskedFinalFrame(app: RenderedFlow, secret: string): void {
  const last = app.lastFrame();
  assert.ok(!last.includes(secret), 'the final frame does not show the token');
  assert.ok(last.includes(maskToken(secret)), 'the final frame shows the masked token');
}

async function saveScreen(): Promise<RenderedFlow> {
  const app = await resultScreen();
  await app.type('s');
  await app.waitFor('File:');
  return app;
}

describe('token result', () => {
  test('shows details with token masked', async () => {
    const app = await resultScreen();
    const frame = app.lastFrame();
    const secret = app.siro.createdSecret;

    assert.match(frame, /Token name {4}deploy bot/);
    assert.match(frame, /Token ID {6}tok-new-1/);
    assert.match(frame, /Organization {2}Acme Corp \(org-acme\)/);
    assert.ok(frame.includes(`Created       ${new Date('2026-05-06T07:08:09.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' })}`));
    assert.ok(frame.includes(maskToken(secret)), 'the masked token is shown');
    assert.ok(!frame.includes(secret), 'the token itself is not shown');
    assert.match(frame, /Siro shows this token only once: save it now\./);
  });

  test('unparsable creation time shown raw', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      const create = siro.createToken;
      siro.createToken = async (token, request) => ({ ...(await create(token, request)), createdAt: 'sometime soon' });
    });
    await openResult(app);

    assert.match(app.lastFrame(), /Created {7}sometime soon/);
  });

  test('r reveals and hides', async () => {
    const app = await resultScreen();
    const secret = app.siro.createdSecret;

    await app.type('r');
    const shown = await app.waitFor(secret);
    assertFrameMatches(shown, /r hide/);

    await app.type('r');
    const hidden = await app.waitFor('r reveal');
    assert.ok(!hidden.includes(secret), 'the token is masked again');
    assert.ok(hidden.includes(maskToken(secret)));
  });

  test('q unsaved asks, n stays', async () => {
    const app = await resultScreen();

    await app.type('q');
    await app.waitFor('The token has not been saved. Quit anyway? (y/N)');
    await app.type('n');
    await app.waitFor('q quit');

    assert.deepEqual(app.exitCodes, []);
  });

  test('q after reveal exits masked', async () => {
    const app = await resultScreen();
    const secret = await revealed(app);

    await app.type('q');
    await app.waitFor('Quit anyway?');
    await app.type('y');

    assert.equal(await app.waitForExit(), ExitCode.success);
    assertMaskedFinalFrame(app, secret);
  });

  test('quit anyway ends with a closing line', async () => {
    const app = await resultScreen();
    const secret = app.siro.createdSecret;

    await app.type('q');
    await app.waitFor('Quit anyway?');
    await app.type('y');

    assert.equal(await app.waitForExit(), ExitCode.success);
    const last = app.lastFrame();
    assert.doesNotMatch(last, /Quit anyway\?/, 'the answered question is gone');
    assert.doesNotMatch(last, /q quit/, 'no keys are offered after the app ended');
    assert.match(last, /Token created\./);
    assert.ok(flatten(last).trimEnd().endsWith(UNSAVED_NOTE), 'the closing line names the token and how to revoke it');
    assertMaskedFinalFrame(app, secret);
  });

  test('Ctrl+C after reveal exits 130 masked', async () => {
    const app = await resultScreen();
    const secret = await revealed(app);

    await app.press('ctrlC');

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
    assertMaskedFinalFrame(app, secret);
    assertFrameMatches(app.lastFrame(), /Interrupted\./);
  });

  test('Ctrl+C unsaved says how to revoke', async () => {
    const app = await resultScreen();
    const secret = app.siro.createdSecret;

    await app.press('ctrlC');

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
    const last = flatten(app.lastFrame());
    assert.ok(last.includes(UNSAVED_NOTE), 'the final frame names the token and how to revoke it');
    assert.match(last, /Interrupted\.\s*$/);
    assert.doesNotMatch(last, /r reveal/);
    assertMaskedFinalFrame(app, secret);
  });

  test('Ctrl+C at question says how to revoke', async () => {
    const app = await resultScreen();
    await app.type('n');
    await app.waitFor('Start another token anyway?');

    await app.press('ctrlC');

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
    const last = flatten(app.lastFrame());
    assert.ok(last.includes(UNSAVED_NOTE), 'the final frame names the token and how to revoke it');
    assert.doesNotMatch(last, /anyway\?/);
  });

  test('Ctrl+C while saving says how to revoke', async () => {
    const app = await saveScreen();

    await app.press('ctrlC');

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
    const last = flatten(app.lastFrame());
    assert.ok(last.includes(UNSAVED_NOTE), 'the final frame is the result with the note');
    assert.doesNotMatch(last, /File:/);
    assertMaskedFinalFrame(app, app.siro.createdSecret);
  });

  for (const signal of ['SIGTERM', 'SIGHUP']) {
    test(`${signal} unsaved says how to revoke`, async () => {
      const app = await resultScreen();
      const secret = await revealed(app);

      app.interrupts.interrupt();

      assert.equal(await app.waitForExit(), ExitCode.interrupted);
      assert.ok(flatten(app.lastFrame()).includes(UNSAVED_NOTE), 'the final frame names the token and how to revoke it');
      assertMaskedFinalFrame(app, secret);
    });
  }

  test('revoke command names profile and API', async () => {
    const app = await resultScreen({ profile: 'staging', apiUrl: { url: 'http://127.0.0.1:4010', isDefault: false } });

    await app.press('ctrlC');
    await app.waitForExit();

    assert.ok(
      flatten(app.lastFrame()).includes(
        'To revoke it, run: siro-token revoke tok-new-1 --org org-acme --profile staging --api-url http://127.0.0.1:4010',
      ),
      'the command reaches the same profile and API',
    );
  });

  test('demo token needs no revoking', async () => {
    const app = await resultScreen({ demoToken: fakeSecret('demo') });

    await app.press('ctrlC');
    await app.waitForExit();

    const last = flatten(app.lastFrame());
    assert.match(last, /Demo token deploy bot \(tok-new-1\) was not saved\. It exists only in the local demo server/);
    assert.doesNotMatch(last, /siro-token revoke/);
  });

  test('Ctrl+C after saving has no note', async () => {
    const app = await saveScreen();
    await app.press('enter');
    await app.waitFor('Saved to');

    await app.press('ctrlC');

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
    const last = flatten(app.lastFrame());
    assert.match(last, /Saved to \/home\/tester\/acme-corp-deploy-bot\.token/);
    assert.doesNotMatch(last, /was not saved/);
  });

  test('n unsaved asks before another token', async () => {
    const app = await resultScreen();

    await app.type('n');
    await app.waitFor('The token has not been saved, and Siro will not show it again. Start another token anyway? (y/N)');
    await app.type('y');
    const frame = await app.waitFor('Choose an organization');

    assert.ok(!frame.includes(app.siro.createdSecret));
  });

  test('another token starts with empty name', async () => {
    const app = await resultScreen();
    await app.type('n');
    await app.waitFor('Start another token anyway?');
    await app.type('y');

    await app.waitFor('Choose an organization');
    await app.type('bravo');
    await app.waitFor('Filter: bravo');
    await app.press('enter');
    await app.waitFor('Create a new token');
    await app.press('enter');

    assert.match(await app.waitFor('Token name:'), /Token name: siro-token tester@testhost/);
  });
});

describe('token save', () => {
  test('default path and format shown', async () => {
    const app = await saveScreen();
    const frame = flatten(app.lastFrame());

    assert.ok(frame.includes(`File: ${DEFAULT_FILE}`), frame);
    assert.match(frame, /Format for this path: plain: the token and a newline\./);
  });

  test('extension selects the format', async () => {
    const app = await saveScreen();

    await app.type('.env');
    assert.match(flatten(await app.waitFor('SIRO_API_TOKEN=')), /Format for this path: \.env: SIRO_API_TOKEN=<token> and a newline/);

    await app.press('backspace', 'backspace', 'backspace', 'backspace');
    await app.type('token.json');
    await app.waitFor('Format for this path: .json: the whole create response');
  });

  test('Enter on empty saves to default', async () => {
    const app = await saveScreen();

    await app.press('enter');
    const frame = flatten(await app.waitFor('Saved to'));

    assert.equal(app.files.writes[0]?.path, DEFAULT_FILE);
    assert.equal(app.files.writes[0]?.overwrite, false);
    assert.ok(app.files.writes[0]?.created.token === app.siro.createdSecret, 'the file gets the created token');
    assert.match(frame, new RegExp(`Saved to /home/tester/${DEFAULT_FILE} \\(mode 0600, plain: the token and a newline\\)\\.`));
  });

  test('saved token quits without question', async () => {
    const app = await saveScreen();
    await app.type('~/ci.env');
    await app.press('enter');
    await app.waitFor('Saved to');

    await app.type('q');

    assert.equal(await app.waitForExit(), ExitCode.success);
    assert.equal(app.files.writes[0]?.path, '~/ci.env');
    assert.equal(app.frames().filter((frame) => frame.includes('Quit anyway?')).length, 0, 'no frame asks to quit');
  });

  test('saved state replaces save advice', async () => {
    const app = await saveScreen();

    await app.press('enter');
    const frame = flatten(await app.waitFor('Saved to'));

    assert.match(frame, /Keep the file safe: Siro will not show this token again\./);
    assert.doesNotMatch(frame, /save it now/);
    assert.doesNotMatch(frame, /has not been saved/);
  });

  test('existing file asks, n keeps path', async () => {
    const app = await saveScreen();
    app.files.existing.add('ci.token');

    await app.type('ci.token');
    await app.press('enter');
    const asking = await app.waitFor('/home/tester/ci.token exists. Replace it? (y/N)');
    assert.match(asking, /^y replace the file · n or Esc keep it and choose another path$/m);
    await app.type('n');
    const frame = await app.waitFor('Enter save');

    assert.match(frame, /File: ci\.token/);
    assert.equal(app.files.writes.length, 1);
  });

  test('existing file replaced after y', async () => {
    const app = await saveScreen();
    app.files.existing.add('ci.token');

    await app.type('ci.token');
    await app.press('enter');
    await app.waitFor('Replace it? (y/N)');
    await app.type('y');
    await app.waitFor('Saved to /home/tester/ci.token');

    assert.deepEqual(
      app.files.writes.map((write) => write.overwrite),
      [false, true],
    );
  });

  const failures = [
    ['symlink', new TokenFileError('symlink', '/home/tester/link.token', 'The path "link.token" is a symbolic link, and siro-token never writes a token through a link. Choose another path, or remove the link.')],
    ['missing folder', new TokenFileError('missing-folder', '/home/tester/nope/ci.token', 'The folder of "nope/ci.token" does not exist. Create the folder or choose another path.')],
    ['permission', new TokenFileError('permission', '/etc/ci.token', 'Writing "/etc/ci.token" is not permitted. Choose a path in a folder you can write to.')],
  ] as const;

  for (const [label, error] of failures) {
    test(`${label} error keeps path and token`, async () => {
      const app = await saveScreen();
      const typed = label.replace(' ', '-') + '.token';
      app.files.failures.set(typed, error);

      await app.type(typed);
      await app.press('enter');
      const frame = await app.waitFor(error.message.slice(0, 30));

      assert.ok(flatten(frame).includes(error.message), 'the message names the path and the fix');
      assert.ok(frame.includes(`File: ${typed}`), 'the typed path is kept');

      await app.press('escape');
      const result = await app.waitFor('Token created.');
      assert.match(result, /The token has not been saved yet\./);
      await app.type('r');
      await app.waitFor(app.siro.createdSecret);
    });
  }

  test('path and Enter in one chunk', async () => {
    const app = await saveScreen();

    await app.type(`ci.env${keys.enter}`);

    await app.waitFor('Saved to /home/tester/ci.env');
    assert.deepEqual(app.files.writes.map((write) => write.path), ['ci.env']);
    assert.doesNotMatch(app.lastFrame(), /\r/);
  });

  test('Esc returns to the token', async () => {
    const app = await saveScreen();

    await app.press('escape');

    await app.waitFor('Token created.');
    assert.equal(app.files.writes.length, 0);
  });
});
