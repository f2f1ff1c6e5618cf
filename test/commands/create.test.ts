import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import type { CreatedToken } from '../../src/api/types.js';
import { DEMO_ORG_GROUP_TOKEN } from './sample-data.js';
import { startCliFixture, type CliFixture } from '../support/run-cli.js';

const ORGANIZATION = 'Coastal HVAC';

const NOBODY = { uid: 65534, gid: 65534 };

describe('siro-token create', () => {
  let fixture: CliFixture;
  let folder: string;
  const env = { SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN };

  before(async () => {
    fixture = await startCliFixture();
    folder = await mkdtemp(join(tmpdir(), 'siro-token-create-'));
  });

  after(async () => {
    await rm(folder, { recursive: true, force: true });
    await fixture.close();
  });

  const createdSoFar = () => fixture.server.createdTokens().length;

  const lastCreated = (): CreatedToken => {
    const last = fixture.server.createdTokens().at(-1);
    assert.ok(last !== undefined, 'the server issued no token');
    return last;
  };

  const createRequests = () =>
    fixture.server.requests().filter((request) => request.method === 'POST' && request.path === '/v1/core/auth/tokens').length;

  it('--output saves the issued token with mode 0600', async () => {
    const path = join(folder, 'plain.txt');
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'ci file', '--output', path], { env });
    const created = lastCreated();

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(await readFile(path, 'utf8'), `${created.token}\n`);
    assert.equal((await lstat(path)).mode & 0o777, 0o600);
    assert.match(result.stdout, new RegExp(`^Created token "ci file" \\(${created.tokenId}\\) in Coastal HVAC \\(\\w+\\) and saved it to ${path}\\.$`, 'm'));
    assert.ok(!result.stdout.includes(created.token), 'stdout contains the secret');
  });

  it('--output .env writes SIRO_API_TOKEN', async () => {
    const path = join(folder, 'deploy.env');
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'env file', '--output', path], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(await readFile(path, 'utf8'), `SIRO_API_TOKEN=${lastCreated().token}\n`);
  });

  it('--output --json prints metadata only', async () => {
    const path = join(folder, 'metadata.txt');
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'json file', '--output', path, '--json'], { env });
    const document = JSON.parse(result.stdout);

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(document.tokenId, lastCreated().tokenId);
    assert.equal(document.tokenName, 'json file');
    assert.equal(document.organizationName, ORGANIZATION);
    assert.deepEqual(document.savedTo, { path, format: 'plain' });
    assert.equal('token' in document, false);
  });

  it('existing file without --force exits 1 before creating', async () => {
    const path = join(folder, 'existing.txt');
    await writeFile(path, 'keep me\n');
    const before = createdSoFar();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'blocked', '--output', path], { env });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /already exists\. Pass --force to replace it/);
    assert.match(result.stderr, /No token was created\./);
    assert.equal(createdSoFar(), before);
    assert.equal(await readFile(path, 'utf8'), 'keep me\n');
  });

  it('existing file with --force is replaced', async () => {
    const path = join(folder, 'replaced.txt');
    await writeFile(path, 'old\n', { mode: 0o644 });

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'forced', '--output', path, '--force'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(await readFile(path, 'utf8'), `${lastCreated().token}\n`);
    assert.equal((await lstat(path)).mode & 0o777, 0o600);
  });

  it('symlink at --output exits 1 before creating', async () => {
    const target = join(folder, 'link-target.txt');
    const link = join(folder, 'link.txt');
    await writeFile(target, 'target\n');
    await symlink(target, link);
    const before = createdSoFar();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'linked', '--output', link, '--force'], { env });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /symbolic link/);
    assert.equal(createdSoFar(), before);
    assert.equal(await readFile(target, 'utf8'), 'target\n');
  });

  it('missing folder exits 1 before creating', async () => {
    const before = createdSoFar();
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'nowhere', '--output', join(folder, 'missing', 'token.txt')], { env });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /The folder .*missing does not exist/);
    assert.equal(createdSoFar(), before);
  });

  it('/proc path fails before creating', { skip: !existsSync('/proc/self') && 'no /proc here' }, async () => {
    const before = createdSoFar();
    const requestsBefore = createRequests();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'proc', '--output', '/proc/x.env'], { env });

    assert.equal(result.exitCode, 1);
    assert.doesNotMatch(result.stderr, /does not exist/);
    assert.match(result.stderr, /The folder \/proc exists, but it does not accept new files/);
    assert.match(result.stderr, /No token was created\./);
    assert.doesNotMatch(result.stderr, /revoke/);
    assert.equal(createRequests(), requestsBefore);
    assert.equal(createdSoFar(), before);
  });

  // Root writes anywhere, so as root the child runs as `nobody`, like the file writer's permission tests.
  it('unwritable folder fails before creating', { skip: process.platform === 'win32' && 'folder modes do not apply on Windows' }, async () => {
    const locked = join(folder, 'locked');
    await mkdir(locked);
    await chmod(folder, 0o755);
    await chmod(locked, 0o555);
    const before = createdSoFar();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'locked', '--output', join(locked, 'x.env')], {
      env,
      user: process.getuid?.() === 0 ? NOBODY : undefined,
    });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /Permission denied/);
    assert.match(result.stderr, /No token was created\./);
    assert.equal(createdSoFar(), before);
    assert.deepEqual(await readdir(locked), []);
  });

  it('--output - prints the secret', async () => {
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'dash', '--output', '-'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout, `${lastCreated().token}\n`);
    assert.match(result.stderr, /Created token "dash" .* Siro shows a token only once/);
  });

  it('piped stdout gets the secret', async () => {
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'piped'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.equal(result.stdout, `${lastCreated().token}\n`);
    assert.match(result.stderr, /Siro shows a token only once: this output is its only copy\./);
    assert.doesNotMatch(result.stderr, /above/);
  });

  it('piped --json prints the create response', async () => {
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'piped json', '--json'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), lastCreated());
  });

  it('creates once per run', async () => {
    const before = createRequests();

    await fixture.run(['create', '--org', ORGANIZATION, '--name', 'once', '--output', '-'], { env });

    assert.equal(createRequests(), before + 1);
  });

  it('taken name warns and still creates', async () => {
    const result = await fixture.run(['create', '--org', 'Aurora Roofing & Solar', '--name', 'zapier-sync', '-o', '-'], { env });

    assert.equal(result.exitCode, 0, result.stderr);
    assert.match(result.stderr, /Warning: Organization Aurora Roofing & Solar \(\w+\) already has a token named "zapier-sync" \(tok_demo_zapier\)/);
    assert.equal(lastCreated().tokenName, 'zapier-sync');
  });

  it('invalid name exits 2', async () => {
    const before = createdSoFar();
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'x'.repeat(129), '-o', '-'], { env });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /The token name is 129 characters long, but the maximum is 128/);
    assert.equal(createdSoFar(), before);
  });

  it('disabled organization exits 1', async () => {
    const result = await fixture.run(['create', '--org', 'Old Town Gutters (closed)', '--name', 'closed', '-o', '-'], { env });

    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /is disabled, so no token can be created for it/);
  });

  it('--force without a path exits 2', async () => {
    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'force', '--force'], { env });

    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /--force applies only with --output PATH/);
  });

  it('dropped connection says it may exist', async () => {
    fixture.server.failNext({ method: 'POST', path: '/v1/core/auth/tokens', destroySocket: true });
    const before = createRequests();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'dropped', '-o', '-'], { env });

    assert.equal(result.exitCode, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /may have been created/);
    assert.ok(result.stderr.includes('siro-token tokens --org'), result.stderr);
    assert.equal(createRequests(), before + 1, 'the create request was retried');
  });

  it('SIGINT during create exits 130', async () => {
    fixture.server.failNext({ method: 'POST', path: '/v1/core/auth/tokens', delayMs: 5_000 });
    const before = createRequests();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'interrupted', '-o', '-'], {
      env,
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (createRequests() > before) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 20);
      },
    });

    assert.equal(result.exitCode, 130);
    assert.match(result.stderr, /Interrupted\. The token may have been created\. Check with `siro-token tokens --org \w+`/);
  });

  it('SIGTERM during create exits 143', async () => {
    const path = join(folder, 'terminated.env');
    fixture.server.failNext({ method: 'POST', path: '/v1/core/auth/tokens', delayMs: 5_000 });
    const before = createRequests();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'terminated', '--output', path], {
      env,
      onSpawn: (child) => killWhenCreateArrives(child, before, 'SIGTERM'),
    });

    assert.equal(result.exitCode, 143);
    assert.match(result.stderr, /Interrupted by SIGTERM\. The token may have been created\. Check with `siro-token tokens --org \w+`/);
    assert.equal(existsSync(path), false, 'the claimed file was left behind');
  });

  it('SIGHUP during create exits 129', async () => {
    fixture.server.failNext({ method: 'POST', path: '/v1/core/auth/tokens', delayMs: 5_000 });
    const before = createRequests();

    const result = await fixture.run(['create', '--org', ORGANIZATION, '--name', 'hung up', '-o', '-'], {
      env,
      onSpawn: (child) => killWhenCreateArrives(child, before, 'SIGHUP'),
    });

    assert.equal(result.exitCode, 129);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /Interrupted by SIGHUP \(the terminal closed\)\. The token may have been created/);
  });

  /** Sends `signal` to the child once the server has received its create request. */
  function killWhenCreateArrives(child: { kill(signal: NodeJS.Signals): boolean }, requestsBefore: number, signal: NodeJS.Signals): void {
    const poll = setInterval(() => {
      if (createRequests() > requestsBefore) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
  }
});
