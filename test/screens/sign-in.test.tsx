import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import type { CallerIdentity } from '../../src/api/types.js';
import { ExitCode } from '../../src/exit-codes.js';
import { DEMO_BANNER } from '../../src/components/header.js';
import {
  deferred,
  fakeSecret,
  httpError,
  keychainUnavailable,
  longKeychainUnavailable,
  malformedError,
  organization,
  orgGroupIdentity,
  timeoutError,
  yieldPages,
} from '../support/fake-services.js';
import { assertFramesFit, cleanup, flatten, lineCount, renderFlow, type RenderedFlow } from '../support/render.js';

afterEach(cleanup);

const IDENTITY_CALL = 'GET /v1/core/auth/caller-identity';

function assertNoFrameContains(app: RenderedFlow, secret: string): void {
  const leaking = app.frames().filter((frame) => frame.includes(secret));
  assert.equal(leaking.length, 0, 'a frame showed the org-group token');
}

/** Compares without assert.equal, so a failure names the call but never prints a token. */
function assertIdentityCheckedWith(app: RenderedFlow, token: string): void {
  const call = app.siro.callsOf('getCallerIdentity').at(-1);
  assert.ok(call !== undefined, 'the identity was checked');
  assert.ok(call.token === token, 'the identity check used the expected token');
}

function assertStored(app: RenderedFlow, profile: string, token: string): void {
  assert.equal(app.secrets.writes.length, 1, 'the token was written once');
  assert.equal(app.secrets.writes[0]?.profile, profile);
  assert.ok(app.secrets.writes[0]?.token === token, 'the written token is the verified one');
}

describe('sign-in token sources', () => {
  test('environment token is used, not stored', async () => {
    const token = fakeSecret('env-token');
    const app = renderFlow({ environmentToken: token, storedToken: fakeSecret('stored') });

    const frame = await app.waitFor('Choose an organization');

    assert.match(flatten(frame), /token: SIRO_ORG_GROUP_TOKEN \(not stored\)/);
    assertIdentityCheckedWith(app, token);
    assert.doesNotMatch(flatten(frame), /Stored in the keychain/);
    assert.equal(app.secrets.writes.length, 0);
    assertNoFrameContains(app, token);
  });

  test('keychain token is named as source', async () => {
    const token = fakeSecret('stored');
    const app = renderFlow({ storedToken: token, profile: 'staging' });

    const frame = await app.waitFor('Signed in as token ops automation (org group og-test-1)');

    assert.match(flatten(frame), /profile staging · token: keychain \(profile staging\)/);
    assertIdentityCheckedWith(app, token);
    assert.doesNotMatch(flatten(frame), /Stored in the keychain/, 'a token read from the keychain was not stored again');
    assertNoFrameContains(app, token);
  });

  test('API URL shown only when not default', async () => {
    const custom = renderFlow({ storedToken: fakeSecret('stored'), apiUrl: { url: 'http://127.0.0.1:4010', isDefault: false } });
    const standard = renderFlow({ storedToken: fakeSecret('stored') });

    assert.match(flatten(await custom.waitFor('Choose an organization')), /API: http:\/\/127\.0\.0\.1:4010/);
    assert.doesNotMatch(flatten(await standard.waitFor('Choose an organization')), /API:/);
  });

  test('identity and organizations start together', async () => {
    const identity = deferred<CallerIdentity>();
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.getCallerIdentity = () => identity.promise;
    });

    await app.waitFor('Checking the org-group token with Siro');
    await app.waitUntil(() => app.siro.callsOf('organizationPages').length === 1, 'the organizations request');

    assert.equal(app.siro.callsOf('getCallerIdentity').length, 1);
    assert.doesNotMatch(flatten(app.lastFrame()), /Choose an organization/);

    identity.resolve(orgGroupIdentity());
    await app.waitFor('Choose an organization');
  });
});

describe('sign-in entered token', () => {
  test('masked input explains where to find it', async () => {
    const app = renderFlow();

    const frame = await app.waitFor('Org-group token:');

    assert.match(flatten(frame), /Person icon, then API Tokens/);
    assert.doesNotMatch(flatten(frame), /Demo mode/);
  });

  test('pasted token is trimmed and stored after check', async () => {
    const token = fakeSecret('pasted');
    const app = renderFlow();
    await app.waitFor('Org-group token:');

    await app.type(`  ${token.slice(0, 10)}\n${token.slice(10)} \t\r\n`);
    const frame = await app.waitFor('Choose an organization');

    assertIdentityCheckedWith(app, token);
    assertStored(app, 'default', token);
    assert.match(flatten(frame), /token: entered now/);
    assertNoFrameContains(app, token);
  });

  const pastedLines = [
    ['CR', (token: string) => `  ${token}\r`],
    ['LF', (token: string) => `${token}\n`],
  ] as const;

  for (const [ending, paste] of pastedLines) {
    test(`pasted token with ${ending} submits`, async () => {
      const token = fakeSecret('pasted');
      const app = renderFlow();
      await app.waitFor('Org-group token:');

      await app.type(paste(token));
      await app.waitFor('Choose an organization');

      assertIdentityCheckedWith(app, token);
      assert.equal(
        app.frames().filter((frame) => frame.includes('•'.repeat(token.length + 1))).length,
        0,
        'the line break was never masked as a character',
      );
      assertNoFrameContains(app, token);
    });
  }

  test('stored token is confirmed once', async () => {
    const app = renderFlow({ demoToken: fakeSecret('demo'), profile: 'demo' });
    await app.waitFor('Org-group token:');

    await app.press('enter');
    const frame = flatten(await app.waitFor('Choose an organization'));

    assert.match(frame, /Signed in as token ops automation \(org group og-test-1\)\. Stored in the keychain \(profile demo\)\./);
    assert.equal(frame.split('Stored in the keychain').length - 1, 1, 'the confirmation appears once');
  });

  test('stored note wraps, not cut', async () => {
    const app = renderFlow({ demoToken: fakeSecret('demo'), profile: 'demo', columns: 80, rows: 24 }, ({ siro }) => {
      siro.getCallerIdentity = async () =>
        orgGroupIdentity({ tokenName: 'Demo org-group token', authorizedOrgGroupId: 'og_demo_home_services' });
      siro.organizationPages = () =>
        yieldPages([Array.from({ length: 40 }, (_, index) => organization(`org-${index}`, `Company ${index}`))]);
    });
    await app.waitFor('Org-group token:');

    await app.press('enter');
    const frame = await app.waitFor('40 organizations');

    assert.ok(flatten(frame).includes('(org group og_demo_home_services). Stored in the keychain (profile demo).'));
    assert.equal(lineCount(frame), 23, 'the list still takes every line left');
    assertFramesFit(app);
  });

  test('token in memory is not called stored', async () => {
    const app = renderFlow({}, ({ secrets }) => {
      secrets.keychainError = keychainUnavailable();
    });
    await app.waitFor('Org-group token:');

    await app.type(`${fakeSecret('entered')}\r`);
    const frame = flatten(await app.waitFor('Choose an organization'));

    assert.doesNotMatch(frame, /Stored in the keychain/);
  });

  test('token is stored only after verification', async () => {
    const identity = deferred<CallerIdentity>();
    const app = renderFlow({}, ({ siro }) => {
      siro.getCallerIdentity = () => identity.promise;
    });
    await app.waitFor('Org-group token:');

    await app.type(fakeSecret('entered'));
    await app.press('enter');
    await app.waitFor('Checking the org-group token');

    assert.equal(app.secrets.writes.length, 0);
    identity.resolve(orgGroupIdentity());
    await app.waitFor('Choose an organization');
    assert.equal(app.secrets.writes.length, 1);
  });

  test('empty input shows a problem', async () => {
    const app = renderFlow();
    await app.waitFor('Org-group token:');

    await app.type('  ');
    await app.press('enter');
    const frame = await app.waitFor('The token is empty');

    assert.equal(app.siro.calls.length, 0);
    assert.match(flatten(frame), /Org-group token:/);
  });

  test('control character in token is rejected', async () => {
    const app = renderFlow();
    await app.waitFor('Org-group token:');

    await app.type('abc\u0007def');
    await app.press('enter');

    await app.waitFor('control character at position 4');
    assert.equal(app.siro.calls.length, 0);
  });

  test('401 on entered token asks again', async () => {
    const wrong = fakeSecret('wrong');
    const right = fakeSecret('right');
    const app = renderFlow({}, ({ siro }) => {
      siro.getCallerIdentity = async (token) => {
        if (token === wrong) {
          throw httpError(IDENTITY_CALL, 401);
        }
        return orgGroupIdentity();
      };
    });
    await app.waitFor('Org-group token:');

    await app.type(wrong);
    await app.press('enter');
    const rejected = await app.waitFor('Siro rejected the token you entered (401 Unauthorized)');

    assert.match(flatten(rejected), /mistyped, revoked, or for another Siro environment/);
    assert.equal(app.secrets.writes.length, 0);

    await app.type(right);
    await app.press('enter');
    await app.waitFor('Choose an organization');
    assertStored(app, 'default', right);
    assertNoFrameContains(app, wrong);
  });

  test('organization token is rejected', async () => {
    const app = renderFlow({}, ({ siro }) => {
      siro.getCallerIdentity = async () => orgGroupIdentity({ authorizedOrgGroupId: null });
    });
    await app.waitFor('Org-group token:');

    await app.type(fakeSecret('org-scoped'));
    await app.press('enter');
    const frame = await app.waitFor('is an organization token');

    assert.match(flatten(frame), /siro-token needs an org-group token/);
    assert.match(flatten(frame), /Person icon, then API Tokens/);
    assert.equal(app.secrets.writes.length, 0);
  });

  test('Esc on token input quits', async () => {
    const app = renderFlow();
    await app.waitFor('Org-group token:');

    await app.press('escape');

    assert.equal(await app.waitForExit(), ExitCode.noToken);
  });
});

describe('sign-in stored token rejected', () => {
  test('replacement keeps old until verified', async () => {
    const old = fakeSecret('old');
    const replacement = fakeSecret('new');
    const identity = deferred<CallerIdentity>();
    const app = renderFlow({ storedToken: old }, ({ siro }) => {
      siro.getCallerIdentity = async (token) => {
        if (token === old) {
          throw httpError(IDENTITY_CALL, 401);
        }
        return identity.promise;
      };
    });

    const rejected = await app.waitFor('Siro rejected the token stored in the keychain for profile "default"');
    assert.match(flatten(rejected), /Enter replace the token/);

    await app.press('enter');
    await app.waitFor('stays in the keychain until Siro accepts the new one');
    await app.type(replacement);
    await app.press('enter');
    await app.waitFor('Checking the org-group token');

    assert.ok(app.secrets.entries.get('default') === old, 'the old token stays until the new one is verified');

    identity.resolve(orgGroupIdentity());
    await app.waitFor('Choose an organization');
    assert.ok(app.secrets.entries.get('default') === replacement, 'the verified replacement is stored');
  });

  test('q quits with no-token code', async () => {
    const app = renderFlow({ storedToken: fakeSecret('old') }, ({ siro }) => {
      siro.getCallerIdentity = async () => {
        throw httpError(IDENTITY_CALL, 401);
      };
    });
    await app.waitFor('Siro rejected the token stored in the keychain');

    await app.type('q');

    assert.equal(await app.waitForExit(), ExitCode.noToken);
  });

  test('stored organization token is explained', async () => {
    const app = renderFlow({ storedToken: fakeSecret('old') }, ({ siro }) => {
      siro.getCallerIdentity = async () => orgGroupIdentity({ authorizedOrgGroupId: null });
    });

    await app.waitFor('The token stored in the keychain for profile "default" is an organization token');
  });

  test('rejected environment token says to unset it', async () => {
    const app = renderFlow({ environmentToken: fakeSecret('env') }, ({ siro }) => {
      siro.getCallerIdentity = async () => {
        throw httpError(IDENTITY_CALL, 401);
      };
    });

    const frame = await app.waitFor('Siro rejected the token in SIRO_ORG_GROUP_TOKEN');
    assert.match(flatten(frame), /unset it or set it to a valid org-group token/);
  });
});

describe('sign-in keychain unavailable', () => {
  test('warning shown and token kept in memory', async () => {
    const token = fakeSecret('entered');
    const app = renderFlow({}, ({ secrets }) => {
      secrets.keychainError = keychainUnavailable();
    });

    const asking = await app.waitFor('Org-group token:');
    assert.match(flatten(asking), /Warning: The keychain could not be reached: no Secret Service/);
    assert.match(flatten(asking), /Install and start gnome-keyring/);
    assert.match(flatten(asking), /kept in memory for this session only/);

    await app.type(token);
    await app.press('enter');
    const frame = await app.waitFor('Choose an organization');

    assert.match(flatten(frame), /token: entered now \(keychain unreachable: kept in memory for this session only\)/);
    assert.equal(app.secrets.backend, 'memory');
  });

  test('later screens show one line', async () => {
    const app = renderFlow({}, ({ secrets }) => {
      secrets.keychainError = keychainUnavailable();
    });
    await app.waitFor('Org-group token:');
    await app.type(fakeSecret('entered'));
    await app.press('enter');

    const frame = await app.waitFor('Choose an organization');

    assert.doesNotMatch(frame, /Warning:/);
    assert.doesNotMatch(frame, /gnome-keyring/);
    assert.equal(frame.split('\n').filter((line) => /keychain/i.test(line)).length, 1);
  });

  test('long warning fits 80x15', async () => {
    const app = renderFlow({ demoToken: fakeSecret('demo'), columns: 80, rows: 15 }, ({ secrets }) => {
      secrets.keychainError = longKeychainUnavailable();
    });

    const frame = await app.waitFor('Org-group token:');

    assert.match(frame, /^Warning: Could not reach the OS keychain/m);
    assert.match(frame, /Enter check the token with Siro · Esc quit/);
    assertFramesFit(app);
  });

  test('store failure shown before organizations', async () => {
    const app = renderFlow({}, ({ secrets }) => {
      secrets.keychainErrorOnWrite = keychainUnavailable();
    });
    await app.waitFor('Org-group token:');
    await app.type(fakeSecret('entered'));
    await app.press('enter');

    const warned = await app.waitFor('Siro accepted the token, but it could not be saved in the keychain');
    assert.match(flatten(warned), /Warning: The keychain could not be reached/);
    assert.match(flatten(warned), /Install and start gnome-keyring/);

    await app.press('enter');
    const frame = await app.waitFor('Choose an organization');
    assert.match(flatten(frame), /token: entered now \(keychain unreachable: kept in memory for this session only\)/);
    assert.doesNotMatch(frame, /gnome-keyring/);
  });
});

describe('sign-in check errors', () => {
  const failures = [
    ['403', httpError(IDENTITY_CALL, 403, 'Forbidden for this token')],
    ['404', httpError(IDENTITY_CALL, 404)],
    ['429', httpError(IDENTITY_CALL, 429, undefined, 30)],
    ['500', httpError(IDENTITY_CALL, 500, 'internal error')],
    ['timeout', timeoutError(IDENTITY_CALL)],
    ['malformed', malformedError(IDENTITY_CALL)],
  ] as const;

  for (const [label, error] of failures) {
    test(`${label} on check offers retry`, async () => {
      let attempts = 0;
      const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
        siro.getCallerIdentity = async () => {
          attempts += 1;
          if (attempts === 1) {
            throw error;
          }
          return orgGroupIdentity();
        };
      });

      const frame = await app.waitFor('could not be checked with Siro');
      assert.ok(flatten(frame).includes(error.message), `the frame shows: ${error.message}`);
      assert.match(flatten(frame), /r retry/);

      await app.type('r');
      await app.waitFor('Choose an organization');
      assert.equal(attempts, 2);
    });
  }

  test('429 says how long to wait', async () => {
    const app = renderFlow({ storedToken: fakeSecret('stored') }, ({ siro }) => {
      siro.getCallerIdentity = async () => {
        throw httpError(IDENTITY_CALL, 429, undefined, 30);
      };
    });

    await app.waitFor('Wait 30 seconds before retrying');
  });

  test('Esc after failed check edits entered token', async () => {
    const token = fakeSecret('entered');
    const app = renderFlow({}, ({ siro }) => {
      siro.getCallerIdentity = async () => {
        throw timeoutError(IDENTITY_CALL);
      };
    });
    await app.waitFor('Org-group token:');
    await app.type(token);
    await app.press('enter');
    await app.waitFor('could not be checked with Siro');

    await app.press('escape');
    const frame = await app.waitFor('Org-group token:');

    assert.ok(frame.includes('•'.repeat(token.length)), 'the typed token is kept, masked');
    assertNoFrameContains(app, token);
  });
});

describe('sign-in demo mode', () => {
  test('empty Enter uses demo token', async () => {
    const demoToken = fakeSecret('demo');
    const app = renderFlow({ demoToken, profile: 'demo' });

    const asking = await app.waitFor('press Enter on an empty field to use the demo org-group token');
    assert.ok(asking.includes(DEMO_BANNER));

    await app.press('enter');
    await app.waitFor('Choose an organization');

    assertIdentityCheckedWith(app, demoToken);
    assertStored(app, 'demo', demoToken);
  });

  test('banner shown on every screen', async () => {
    const app = renderFlow({ demoToken: fakeSecret('demo'), storedToken: fakeSecret('stored') });

    await app.waitFor('Choose an organization');
    await app.type('acme');
    await app.waitFor('Filter: acme');
    await app.press('enter');
    await app.waitFor('Create a new token');

    const framesWithoutBanner = app.frames().filter((frame) => !frame.includes(DEMO_BANNER));
    assert.deepEqual(framesWithoutBanner, []);
  });
});
