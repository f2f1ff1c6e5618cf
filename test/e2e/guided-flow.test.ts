import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { lstat, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { deletePassword, getPassword, setPassword } from '@napi-rs/keyring/keytar.js';

import { startSiroServer, type SiroServer } from '../../src/demo/siro-server.js';
import { keys } from '../support/keys.js';
import { TerminalSession } from '../support/terminal-session.js';

const ORG_GROUP_TOKEN = `siro_e2e_orggroup_${randomBytes(12).toString('hex')}`;
const KEYCHAIN_SERVICE = `siro-token-test-e2e-${randomBytes(4).toString('hex')}`;

let server: SiroServer;
let workFolder: string;
const sessions: TerminalSession[] = [];

before(async () => {
  server = await startSiroServer({ orgGroupTokens: [ORG_GROUP_TOKEN] });
  workFolder = await mkdtemp(join(tmpdir(), 'siro-token-e2e-'));
});

after(async () => {
  for (const session of sessions) {
    session.kill();
  }

  await deletePassword(KEYCHAIN_SERVICE, 'default').catch(() => false);
  await deletePassword(KEYCHAIN_SERVICE, 'demo').catch(() => false);
  await server.close();
  await rm(workFolder, { recursive: true, force: true });
});

/** The environment of a person's terminal, plus the test-only keychain service. */
function terminalEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: workFolder,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    // Set in CI jobs; the guided flow must still draw every frame in a terminal.
    CI: 'true',
    SIRO_TOKEN_KEYCHAIN_SERVICE: KEYCHAIN_SERVICE,
    ...extra,
  };

  for (const name of ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'XDG_DATA_HOME']) {
    const value = process.env[name];
    if (value !== undefined) {
      environment[name] = value;
    }
  }

  return environment;
}

function launch(options: { args?: string[]; env?: Record<string, string>; columns?: number; rows?: number }): TerminalSession {
  const session = new TerminalSession({
    secrets: [ORG_GROUP_TOKEN],
    args: options.args ?? ['--api-url', server.url],
    env: terminalEnvironment(options.env),
    cwd: workFolder,
    columns: options.columns,
    rows: options.rows,
  });

  sessions.push(session);
  return session;
}

/**
 * Picks the organization that `filter` finds, names the token (an empty
 * name takes the suggestion) and confirms, stopping on the result screen.
 */
async function createToken(session: TerminalSession, filter: string, organization: string, name: string): Promise<void> {
  await session.waitFor('Choose an organization');
  session.type(filter);
  await session.waitFor(organization);
  session.type(keys.enter);

  await session.waitFor('Create a new token');
  session.type(keys.enter);

  await session.waitFor('Token name');
  if (name !== '') {
    session.type(name);
  }
  session.type(keys.enter);

  await session.waitFor(new RegExp(`Create token ${name === '' ? '.*' : name} for ${organization}`));
  session.type('y');
  await session.waitFor('Token created');
}

test('guided flow from launch to saved file', async () => {
  const session = launch({});

  await session.waitFor('Org-group token');

  // A pasted token often carries spaces and a line break; the app removes them.
  session.type(`  ${ORG_GROUP_TOKEN}\t `);
  await session.waitFor('•');
  assert.ok(!session.everything().includes(ORG_GROUP_TOKEN), 'the typed token is masked');
  session.type(keys.enter);

  await createToken(session, 'aurora', 'Aurora Roofing', 'e2e deploy key');
  const created = server.createdTokens();
  assert.equal(created.length, 1);
  const issued = created[0]!;
  session.hide(issued.token);
  assert.equal(issued.tokenName, 'e2e deploy key');
  assert.ok(!session.screen().includes(issued.token), 'the new token is masked by default');
  assert.ok(session.screen().includes(issued.token.slice(-4)), 'its last 4 characters are shown');

  session.type('r');
  await session.waitFor(issued.token);

  session.type('s');
  await session.waitFor('File:');
  session.type(keys.enter);
  await session.waitFor('Saved to');

  session.type('q');
  const exit = await session.waitForExit();

  assert.equal(exit.exitCode, 0);
  assert.ok(!session.everything().includes(issued.token), 'the revealed token is masked again before exit');
  assert.ok(!session.everything().includes(ORG_GROUP_TOKEN), 'the org-group token never reaches the terminal');

  const savedPath = /Saved to (\S+)/.exec(session.everything().replace(/\n/g, ''))?.[1];
  assert.ok(savedPath, 'the saved path is shown');
  const saved = await readFile(savedPath, 'utf8');
  assert.ok(saved === `${issued.token}\n`, 'the saved file holds the issued token and a newline');

  const mode = (await lstat(savedPath)).mode & 0o777;
  assert.equal(mode, 0o600);

  assert.ok((await getPassword(KEYCHAIN_SERVICE, 'default')) === ORG_GROUP_TOKEN, 'the verified token is in the keychain');
});

test('stored token skips entry; Ctrl+C exits 130', async () => {
  await setPassword(KEYCHAIN_SERVICE, 'default', ORG_GROUP_TOKEN);
  const session = launch({});

  await session.waitFor('Choose an organization');
  assert.match(session.screen(), /keychain/i);

  session.type(keys.ctrlC);
  const exit = await session.waitForExit();

  assert.equal(exit.exitCode, 130);
  assert.ok(session.raw().endsWith('\u001b[?25h') || session.raw().includes('\u001b[?25h'), 'the cursor is shown again');
});

test('revealed token leaves no trace in small terminal', async () => {
  await setPassword(KEYCHAIN_SERVICE, 'default', ORG_GROUP_TOKEN);
  const before = server.createdTokens().length;
  const session = launch({ columns: 80, rows: 15 });

  await createToken(session, 'coastal', 'Coastal HVAC', 'small terminal key');

  const issued = server.createdTokens()[before]!;
  session.hide(issued.token);
  session.type('r');
  await session.waitFor(issued.token.slice(0, 20));

  session.type(keys.ctrlC);
  const exit = await session.waitForExit();

  assert.equal(exit.exitCode, 130);
  assert.ok(!session.everything().includes(issued.token.slice(0, 20)), 'no part of the token stays in the scrollback');
});

test('demo mode creates and saves a sample token', async () => {
  const session = launch({ args: ['--demo'] });

  await session.waitFor('Demo mode');
  await session.waitFor('Org-group token');
  session.type(keys.enter);

  await createToken(session, 'harbor', 'Harbor Point Pools', '');

  session.type('r');
  const revealed = await session.waitFor(/Token\s+(siro_demo_\S+)/);
  const token = /Token\s+(siro_demo_\S+)/.exec(revealed)?.[1];
  assert.ok(token, 'the demo token is shown after reveal');

  session.type('s');
  await session.waitFor('File:');
  session.type(keys.enter);
  await session.waitFor('Saved to');
  session.type('q');

  const exit = await session.waitForExit();
  assert.equal(exit.exitCode, 0);

  const savedPath = /Saved to (\S+)/.exec(session.everything().replace(/\n/g, ''))?.[1];
  assert.ok(savedPath);
  assert.ok((await readFile(savedPath, 'utf8')) === `${token}\n`, 'the saved file holds the revealed demo token');
  assert.ok((await getPassword(KEYCHAIN_SERVICE, 'default')) === ORG_GROUP_TOKEN, 'the demo leaves the default profile alone');
});
