// Permission errors need a folder the process cannot write to. Root ignores
// folder modes, so as root the writes run with the effective user id of
// `nobody` (process.seteuid, which applies to libuv's worker threads too)
// and switch back afterwards. This file runs in its own process, so no other
// test runs under the changed id.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTokenFileWriter } from '../../src/files/create-token-file-writer.js';
import { reserveTokenFile } from '../../src/files/token-file-reservation.js';
import { TokenFileError } from '../../src/files/token-file-writer.js';
import { fakeCreatedToken } from './created-token.js';

const NOBODY_USER_ID = 65534;

const canChangeUser = typeof process.seteuid === 'function';
const isRoot = process.getuid?.() === 0;
const skip = process.platform === 'win32' ? 'folder modes do not apply on Windows' : isRoot && !canChangeUser;

let sandbox = '';
let lockedFolder = '';

before(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'siro-token-permission-'));
  chmodSync(sandbox, 0o755);
  lockedFolder = join(sandbox, 'locked');
  mkdirSync(lockedFolder);
  writeFileSync(join(lockedFolder, 'existing.token'), 'original\n', { mode: 0o644 });
  chmodSync(lockedFolder, 0o555);
});

after(() => {
  chmodSync(lockedFolder, 0o755);
  rmSync(sandbox, { recursive: true, force: true });
});

/** Runs `action` as an unprivileged user when this process is root. */
async function withoutRoot<T>(action: () => Promise<T>): Promise<T> {
  if (!isRoot) {
    return action();
  }

  process.seteuid?.(NOBODY_USER_ID);
  try {
    return await action();
  } finally {
    process.seteuid?.(0);
  }
}

async function writeError(path: string, overwrite: boolean): Promise<TokenFileError> {
  const created = fakeCreatedToken();
  const writer = createTokenFileWriter({ cwd: sandbox });

  const error = await withoutRoot(() => writer.write(path, created, { overwrite }).then(() => null, (caught: unknown) => caught));

  assert.ok(error instanceof TokenFileError, `expected a TokenFileError, got ${String(error)}`);
  assert.ok(!error.message.includes(created.token));
  return error;
}

test('read-only folder rejects new file', { skip }, async () => {
  const error = await writeError('locked/new.token', false);

  assert.equal(error.code, 'permission');
  assert.match(error.message, /Permission denied/);
  assert.ok(error.message.includes(join(lockedFolder, 'new.token')), error.message);
  assert.deepEqual(readdirSync(lockedFolder), ['existing.token']);
});

test('read-only folder rejects replacing', { skip }, async () => {
  const error = await writeError('locked/existing.token', true);

  assert.equal(error.code, 'permission');
  assert.equal(readFileSync(join(lockedFolder, 'existing.token'), 'utf8'), 'original\n');
  assert.deepEqual(readdirSync(lockedFolder), ['existing.token']);
});

test('read-only folder rejects reservation', { skip }, async () => {
  const error = await withoutRoot(() =>
    reserveTokenFile('locked/new.token', { overwrite: false, cwd: sandbox }).then(
      () => null,
      (caught: unknown) => caught,
    ),
  );

  assert.ok(error instanceof TokenFileError, `expected a TokenFileError, got ${String(error)}`);
  assert.equal(error.code, 'permission');
  assert.deepEqual(readdirSync(lockedFolder), ['existing.token']);
});

test('effective user restored', { skip }, () => {
  assert.equal(process.geteuid?.(), process.getuid?.());
});
