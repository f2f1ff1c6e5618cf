// The keychain store in a process that cannot reach any Secret Service. The
// child gets a D-Bus address that does not exist and its own temporary HOME
// and XDG folders, so the test can check that no token ends up in a file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/no-secret-service.ts', import.meta.url));

/** Upper bound for one keychain call that fails for lack of a Secret Service. */
const MAX_FAILURE_MILLISECONDS = 5_000;

const token = `fake-org-group-token-${randomBytes(16).toString('hex')}`;
let sandbox = '';
let child: SpawnSyncReturns<string>;
let report: {
  operations: Record<string, { errorName: string | null; message: string | null; remedy: string | null; milliseconds: number }>;
  session: {
    backendBefore: string;
    firstReadWasNull: boolean;
    backendAfter: string;
    readBackMatches: boolean;
    profiles: string[];
    unavailableMessage: string | null;
  };
};

before(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'siro-token-no-bus-'));
  const folders = {
    HOME: join(sandbox, 'home'),
    XDG_CONFIG_HOME: join(sandbox, 'config'),
    XDG_DATA_HOME: join(sandbox, 'data'),
    XDG_CACHE_HOME: join(sandbox, 'cache'),
    XDG_STATE_HOME: join(sandbox, 'state'),
    XDG_RUNTIME_DIR: join(sandbox, 'run'),
    TMPDIR: join(sandbox, 'tmp'),
  };
  for (const folder of Object.values(folders)) {
    mkdirSync(folder, { mode: 0o700 });
  }

  child = spawnSync(process.execPath, ['--import', 'tsx', fixture], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env['PATH'],
      ...folders,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
      SIRO_TOKEN_KEYCHAIN_SERVICE: `siro-token-test-${randomUUID()}`,
      SIRO_TEST_TOKEN: token,
    },
  });

  assert.equal(child.error, undefined, `the child process failed to run: ${String(child.error)}`);
  assert.equal(child.status, 0, `the child process exited with ${child.status}: ${child.stderr}`);
  report = JSON.parse(child.stdout);
});

after(() => {
  rmSync(sandbox, { recursive: true, force: true });
});

function filesUnder(folder: string): string[] {
  const files: string[] = [];

  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);

    if (entry.isDirectory()) {
      files.push(...filesUnder(path));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }

  return files;
}

test('each operation rejects as unavailable', () => {
  for (const [name, operation] of Object.entries(report.operations)) {
    assert.equal(operation.errorName, 'KeychainUnavailableError', `${name}: ${operation.message}`);
  }
});

test('unavailable message says what was tried', () => {
  const read = report.operations['read'];

  assert.match(
    read?.message ?? '',
    /^Could not reach the OS keychain \(Secret Service over D-Bus\) to read the token for profile "default": .+\.$/,
  );
  assert.match(report.operations['write']?.message ?? '', /to store the token for profile "default"/);
  assert.match(report.operations['remove']?.message ?? '', /to remove the token for profile "default"/);
  assert.match(report.operations['list']?.message ?? '', /to list the stored profiles/);
});

test('unavailable error carries a remedy', () => {
  for (const operation of Object.values(report.operations)) {
    assert.match(operation.remedy ?? '', /gnome-keyring/);
    assert.match(operation.remedy ?? '', /SIRO_ORG_GROUP_TOKEN/);
  }
});

test('unavailable keychain fails quickly', () => {
  for (const [name, operation] of Object.entries(report.operations)) {
    assert.ok(operation.milliseconds < MAX_FAILURE_MILLISECONDS, `${name} took ${operation.milliseconds} ms`);
  }
});

test('session store falls back to memory', () => {
  assert.equal(report.session.backendBefore, 'keychain');
  assert.equal(report.session.firstReadWasNull, true);
  assert.equal(report.session.backendAfter, 'memory');
  assert.equal(report.session.readBackMatches, true);
  assert.deepEqual(report.session.profiles, ['default']);
  assert.match(report.session.unavailableMessage ?? '', /^Could not reach the OS keychain/);
});

test('token absent from child output', () => {
  assert.ok(!child.stdout.includes(token));
  assert.ok(!child.stderr.includes(token));
});

test('token absent from every file', () => {
  const files = filesUnder(sandbox);

  for (const file of files) {
    assert.ok(!readFileSync(file).includes(token), `${file} contains the token`);
  }
});
