// Claiming a token file path before the token exists, on real files.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { reserveTokenFile } from '../../src/files/token-file-reservation.js';
import { TokenFileError } from '../../src/files/token-file-writer.js';
import { fakeCreatedToken } from './created-token.js';

let folder = '';
let savedUmask = 0;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'siro-token-reserve-'));
  savedUmask = process.umask(0o000);
});

afterEach(() => {
  process.umask(savedUmask);
  rmSync(folder, { recursive: true, force: true });
});

async function reserveError(path: string, overwrite: boolean): Promise<TokenFileError> {
  const error = await reserveTokenFile(path, { overwrite, cwd: folder }).then(
    () => assert.fail('expected the reservation to fail'),
    (caught: unknown) => caught,
  );

  assert.ok(error instanceof TokenFileError, `expected a TokenFileError, got ${String(error)}`);
  return error;
}

test('new path is claimed empty', async () => {
  const reservation = await reserveTokenFile('acme.env', { overwrite: false, cwd: folder });
  const path = join(folder, 'acme.env');

  assert.equal(reservation.path, path);
  assert.equal(reservation.format, 'env');
  assert.equal(readFileSync(path, 'utf8'), '');
  assert.equal(statSync(path).mode & 0o777, 0o600);

  await reservation.release();
});

test('release removes claimed new file', async () => {
  const reservation = await reserveTokenFile('acme.token', { overwrite: false, cwd: folder });

  await reservation.release();
  await reservation.release();

  assert.deepEqual(readdirSync(folder), []);
});

test('write fills claimed new file', async () => {
  const created = fakeCreatedToken();
  const reservation = await reserveTokenFile('acme.token', { overwrite: false, cwd: folder });

  const saved = await reservation.write(created);
  await reservation.release();

  assert.deepEqual(saved, { path: join(folder, 'acme.token'), format: 'plain' });
  assert.equal(readFileSync(join(folder, 'acme.token'), 'utf8'), `${created.token}\n`);
  assert.equal(statSync(join(folder, 'acme.token')).mode & 0o777, 0o600);
});

test('replacement keeps original until write', async () => {
  const target = join(folder, 'acme.token');
  writeFileSync(target, 'original\n');

  const reservation = await reserveTokenFile('acme.token', { overwrite: true, cwd: folder });

  assert.equal(readFileSync(target, 'utf8'), 'original\n');
  assert.equal(readdirSync(folder).length, 2, 'no temporary file next to the target');

  await reservation.release();

  assert.deepEqual(readdirSync(folder), ['acme.token']);
  assert.equal(readFileSync(target, 'utf8'), 'original\n');
});

test('replacement write renames over target', async () => {
  const target = join(folder, 'acme.token');
  const created = fakeCreatedToken();
  writeFileSync(target, 'original\n');

  const reservation = await reserveTokenFile('acme.token', { overwrite: true, cwd: folder });
  await reservation.write(created);
  await reservation.release();

  assert.deepEqual(readdirSync(folder), ['acme.token']);
  assert.equal(readFileSync(target, 'utf8'), `${created.token}\n`);
});

test('second write rejected', async () => {
  const reservation = await reserveTokenFile('acme.token', { overwrite: false, cwd: folder });
  await reservation.write(fakeCreatedToken());

  await assert.rejects(reservation.write(fakeCreatedToken()), /already written/);
});

test('existing file without overwrite', async () => {
  writeFileSync(join(folder, 'acme.token'), 'original\n');

  const error = await reserveError('acme.token', false);

  assert.equal(error.code, 'exists');
  assert.deepEqual(readdirSync(folder), ['acme.token']);
});

test('missing folder still named', async () => {
  const error = await reserveError('no/such/acme.token', false);

  assert.equal(error.code, 'missing-folder');
  assert.match(error.message, /does not exist/);
});

test('folder refusing new files', { skip: !existsSync('/proc/self') && 'no /proc here' }, async () => {
  const error = await reserveError('/proc/x.env', false);

  assert.equal(error.code, 'other');
  assert.doesNotMatch(error.message, /does not exist/);
  assert.match(error.message, /does not accept new files/);
});
