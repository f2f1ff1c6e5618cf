// The token file writer on real files in a temporary folder per test.
import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTokenFileWriter } from '../../src/files/create-token-file-writer.js';
import { TokenFileError } from '../../src/files/token-file-writer.js';
import { fakeCreatedToken } from './created-token.js';

let folder = '';
let savedUmask = 0;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'siro-token-files-'));
  // A permissive umask, so only the writer can make the mode 0600.
  savedUmask = process.umask(0o000);
});

afterEach(() => {
  process.umask(savedUmask);
  rmSync(folder, { recursive: true, force: true });
});

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

async function writeError(promise: Promise<unknown>): Promise<TokenFileError> {
  const error = await promise.then(
    () => assert.fail('expected the write to fail'),
    (caught: unknown) => caught,
  );

  assert.ok(error instanceof TokenFileError, `expected a TokenFileError, got ${String(error)}`);
  return error;
}

test('new file has mode 0600', async () => {
  const writer = createTokenFileWriter({ cwd: folder });

  const saved = await writer.write('acme.token', fakeCreatedToken(), { overwrite: false });

  assert.equal(modeOf(saved.path), 0o600);
});

test('new file mode under strict umask', async () => {
  process.umask(0o777);
  const writer = createTokenFileWriter({ cwd: folder });

  const saved = await writer.write('acme.token', fakeCreatedToken(), { overwrite: false });

  assert.equal(modeOf(saved.path), 0o600);
});

test('new file returns absolute path', async () => {
  const writer = createTokenFileWriter({ cwd: folder });

  const saved = await writer.write('./sub/../acme.token', fakeCreatedToken(), { overwrite: false });

  assert.deepEqual(saved, { path: join(folder, 'acme.token'), format: 'plain' });
});

test('plain file holds token', async () => {
  const created = fakeCreatedToken();

  const saved = await createTokenFileWriter({ cwd: folder }).write('acme.token', created, { overwrite: false });

  assert.equal(readFileSync(saved.path, 'utf8'), `${created.token}\n`);
});

test('env file holds assignment', async () => {
  const created = fakeCreatedToken();

  const saved = await createTokenFileWriter({ cwd: folder }).write('.env', created, { overwrite: false });

  assert.equal(saved.format, 'env');
  assert.equal(readFileSync(saved.path, 'utf8'), `SIRO_API_TOKEN=${created.token}\n`);
});

test('json file holds create response', async () => {
  const created = fakeCreatedToken();

  const saved = await createTokenFileWriter({ cwd: folder }).write('token.json', created, { overwrite: false });

  assert.equal(saved.format, 'json');
  assert.deepEqual(JSON.parse(readFileSync(saved.path, 'utf8')), created);
});

test('absolute path ignores cwd', async () => {
  const path = join(folder, 'abs.token');

  const saved = await createTokenFileWriter({ cwd: '/nonexistent' }).write(path, fakeCreatedToken(), { overwrite: false });

  assert.equal(saved.path, path);
  assert.equal(modeOf(path), 0o600);
});

test('tilde expands to homedir', async () => {
  const home = join(folder, 'home');
  mkdirSync(home);
  const writer = createTokenFileWriter({ cwd: '/nonexistent', homedir: home });

  const saved = await writer.write('~/acme.token', fakeCreatedToken(), { overwrite: false });

  assert.equal(saved.path, join(home, 'acme.token'));
  assert.equal(modeOf(saved.path), 0o600);
});

test('existing file without overwrite', async () => {
  const path = join(folder, 'acme.token');
  writeFileSync(path, 'original\n', { mode: 0o644 });
  const created = fakeCreatedToken();

  const error = await writeError(createTokenFileWriter({ cwd: folder }).write('acme.token', created, { overwrite: false }));

  assert.equal(error.code, 'exists');
  assert.equal(error.path, path);
  assert.match(error.message, /already exists/);
  assert.ok(error.message.includes(path));
  assert.ok(!error.message.includes(created.token));
  assert.equal(readFileSync(path, 'utf8'), 'original\n');
  assert.equal(modeOf(path), 0o644);
});

test('overwrite replaces and stays 0600', async () => {
  const path = join(folder, 'acme.token');
  writeFileSync(path, 'original\n', { mode: 0o644 });
  const created = fakeCreatedToken();

  const saved = await createTokenFileWriter({ cwd: folder }).write('acme.token', created, { overwrite: true });

  assert.equal(saved.path, path);
  assert.equal(readFileSync(path, 'utf8'), `${created.token}\n`);
  assert.equal(modeOf(path), 0o600);
});

test('overwrite replaces the inode', async () => {
  const path = join(folder, 'acme.token');
  const hardLink = join(folder, 'other-name');
  writeFileSync(path, 'original\n');
  // A second name for the same file: an atomic rename leaves it untouched,
  // while writing in place would change it too.
  linkSync(path, hardLink);

  await createTokenFileWriter({ cwd: folder }).write('acme.token', fakeCreatedToken(), { overwrite: true });

  assert.equal(readFileSync(hardLink, 'utf8'), 'original\n');
});

test('overwrite of missing file creates it', async () => {
  const saved = await createTokenFileWriter({ cwd: folder }).write('new.token', fakeCreatedToken(), { overwrite: true });

  assert.equal(modeOf(saved.path), 0o600);
});

for (const overwrite of [false, true]) {
  test(`symlink rejected, overwrite ${overwrite}`, async () => {
    const target = join(folder, 'target.txt');
    const link = join(folder, 'link.token');
    writeFileSync(target, 'target content\n', { mode: 0o644 });
    symlinkSync(target, link);
    const created = fakeCreatedToken();

    const error = await writeError(createTokenFileWriter({ cwd: folder }).write('link.token', created, { overwrite }));

    assert.equal(error.code, 'symlink');
    assert.match(error.message, /symbolic link/);
    assert.ok(!error.message.includes(created.token));
    assert.equal(readFileSync(target, 'utf8'), 'target content\n');
    assert.equal(modeOf(target), 0o644);
    assert.equal(readlinkSync(link), target);
  });

  test(`dangling symlink rejected, overwrite ${overwrite}`, async () => {
    const target = join(folder, 'missing-target.txt');
    const link = join(folder, 'dangling.token');
    symlinkSync(target, link);

    const error = await writeError(createTokenFileWriter({ cwd: folder }).write(link, fakeCreatedToken(), { overwrite }));

    assert.equal(error.code, 'symlink');
    assert.throws(() => statSync(target), { code: 'ENOENT' });
    assert.ok(lstatSync(link).isSymbolicLink());
  });

  test(`directory rejected, overwrite ${overwrite}`, async () => {
    mkdirSync(join(folder, 'keys'));

    const error = await writeError(createTokenFileWriter({ cwd: folder }).write('keys', fakeCreatedToken(), { overwrite }));

    assert.equal(error.code, 'is-directory');
    assert.match(error.message, /is a folder/);
    assert.ok(statSync(join(folder, 'keys')).isDirectory());
  });
}

test('missing folder is named', async () => {
  const error = await writeError(
    createTokenFileWriter({ cwd: folder }).write('no/such/folder/acme.token', fakeCreatedToken(), { overwrite: false }),
  );

  assert.equal(error.code, 'missing-folder');
  assert.ok(error.message.includes(join(folder, 'no/such/folder')), error.message);
  assert.match(error.message, /does not exist/);
  assert.match(error.message, /Create the folder, or choose another path/);
  assert.ok(error.message.includes('"no/such/folder/acme.token"'));
});

// /proc exists, but creating a file in it fails with ENOENT, as a missing folder would.
test('folder refusing new files', { skip: !existsSync('/proc/self') && 'no /proc here' }, async () => {
  const error = await writeError(createTokenFileWriter({ cwd: folder }).write('/proc/x.env', fakeCreatedToken(), { overwrite: false }));

  assert.equal(error.code, 'other');
  assert.doesNotMatch(error.message, /does not exist/);
  assert.match(error.message, /The folder \/proc exists, but it does not accept new files/);
  assert.ok(error.message.includes('"/proc/x.env"'), error.message);
});

test('empty path rejected', async () => {
  for (const path of ['', '   ']) {
    const error = await writeError(createTokenFileWriter({ cwd: folder }).write(path, fakeCreatedToken(), { overwrite: false }));

    assert.equal(error.code, 'invalid-path');
    assert.match(error.message, /empty/);
  }
});

test('trailing separator rejected', async () => {
  const error = await writeError(createTokenFileWriter({ cwd: folder }).write('keys/', fakeCreatedToken(), { overwrite: false }));

  assert.equal(error.code, 'invalid-path');
  assert.match(error.message, /Add a file name/);
  assert.deepEqual(readdirSync(folder), []);
});

test('file as a folder rejected', async () => {
  writeFileSync(join(folder, 'plain'), 'x');

  const error = await writeError(createTokenFileWriter({ cwd: folder }).write('plain/acme.token', fakeCreatedToken(), { overwrite: false }));

  assert.equal(error.code, 'invalid-path');
  assert.match(error.message, /not a folder/);
});

test('too long name rejected', async () => {
  const error = await writeError(
    createTokenFileWriter({ cwd: folder }).write(`${'x'.repeat(300)}.token`, fakeCreatedToken(), { overwrite: false }),
  );

  assert.equal(error.code, 'invalid-path');
  assert.match(error.message, /too long/);
});

test('NUL character rejected', async () => {
  const error = await writeError(createTokenFileWriter({ cwd: folder }).write('a\u0000b.token', fakeCreatedToken(), { overwrite: false }));

  assert.equal(error.code, 'invalid-path');
});

test('no temporary files left', async () => {
  const writer = createTokenFileWriter({ cwd: folder });
  writeFileSync(join(folder, 'acme.token'), 'original\n');
  symlinkSync(join(folder, 'acme.token'), join(folder, 'link.token'));

  await writer.write('acme.token', fakeCreatedToken(), { overwrite: true });
  await writer.write('acme.token', fakeCreatedToken(), { overwrite: true });
  await writer.write('fresh.env', fakeCreatedToken(), { overwrite: false });
  await writer.write('link.token', fakeCreatedToken(), { overwrite: true }).catch(() => undefined);
  await writer.write('acme.token', fakeCreatedToken(), { overwrite: false }).catch(() => undefined);

  assert.deepEqual(readdirSync(folder).sort(), ['acme.token', 'fresh.env', 'link.token']);
});

test('error message shows both spellings', async () => {
  const home = join(folder, 'home');
  mkdirSync(home);
  writeFileSync(join(home, 'acme.token'), 'original\n');

  const error = await writeError(
    createTokenFileWriter({ cwd: folder, homedir: home }).write('~/acme.token', fakeCreatedToken(), { overwrite: false }),
  );

  assert.ok(error.message.includes(`"~/acme.token" (${join(home, 'acme.token')})`), error.message);
});
