import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import pty from '@lydell/node-pty';

import { DEMO_ORG_GROUP_TOKEN } from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';
import { keys } from '../support/keys.js';
import { CLI_SOURCE, startCliFixture, type CliFixture } from '../support/run-cli.js';

/**
 * The prompts of the commands in a real pseudo-terminal: the masked login
 * prompt and the y/N questions, which the pipe-based tests cannot reach.
 */
class PromptSession {
  readonly exited: Promise<number>;
  #output = '';
  readonly #process: pty.IPty;

  constructor(args: string[], env: Record<string, string>) {
    this.#process = pty.spawn(process.execPath, ['--import', 'tsx', CLI_SOURCE, ...args], {
      name: 'xterm-256color',
      cols: 200,
      rows: 30,
      env,
    });
    this.#process.onData((data) => (this.#output += data));
    this.exited = new Promise((resolve) => this.#process.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything written to the terminal so far (stdout and stderr together). */
  get output(): string {
    return this.#output;
  }

  type(text: string): void {
    this.#process.write(text);
  }

  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;

    while (!this.#output.includes(text)) {
      if (Date.now() > deadline) {
        this.#process.kill();
        throw new Error(`Timed out waiting for ${JSON.stringify(text)}. Output so far:\n${this.#output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('siro-token prompts in a terminal', () => {
  let fixture: CliFixture;
  let env: Record<string, string>;

  before(async () => {
    fixture = await startCliFixture();
    env = {
      ...(process.env as Record<string, string>),
      SIRO_API_URL: fixture.server.url,
      SIRO_TOKEN_KEYCHAIN_SERVICE: fixture.keychainService,
    };
    delete env.SIRO_ORG_GROUP_TOKEN;
  });

  after(async () => {
    await fixture.close();
  });

  const keychain = () => createKeychainStore(fixture.keychainService);

  it('login prompt masks the token', async () => {
    const session = new PromptSession(['login', '--profile', 'typed'], env);

    await session.waitFor('Org-group token for profile "typed"');
    session.type(`${DEMO_ORG_GROUP_TOKEN}x${keys.backspace}${keys.enter}`);

    assert.equal(await session.exited, 0, session.output);
    assert.ok(!session.output.includes(DEMO_ORG_GROUP_TOKEN), 'the token was echoed');
    assert.ok(session.output.includes('*'.repeat(DEMO_ORG_GROUP_TOKEN.length)), 'no mask was shown');
    assert.match(session.output, /Logged in to profile "typed"/);
    assert.equal(await keychain().read('typed'), DEMO_ORG_GROUP_TOKEN);
  });

  it('Ctrl+C at the login prompt exits 130', async () => {
    const session = new PromptSession(['login', '--profile', 'aborted'], env);

    await session.waitFor('Org-group token for profile "aborted"');
    session.type(`partial${keys.ctrlC}`);

    assert.equal(await session.exited, 130);
    assert.match(session.output, /Interrupted\./);
    assert.equal(await keychain().read('aborted'), null);
  });

  it('logout answered no keeps the token', async () => {
    await keychain().write('asked', DEMO_ORG_GROUP_TOKEN);
    const session = new PromptSession(['logout', '--profile', 'asked'], env);

    await session.waitFor('Remove the token of profile "asked" from the keychain? (y/N)');
    session.type(`n${keys.enter}`);

    assert.equal(await session.exited, 1);
    assert.match(session.output, /Cancelled: the token of profile "asked" is still stored\./);
    assert.equal(await keychain().read('asked'), DEMO_ORG_GROUP_TOKEN);
  });

  it('logout answered yes removes it', async () => {
    await keychain().write('confirmed', DEMO_ORG_GROUP_TOKEN);
    const session = new PromptSession(['logout', '--profile', 'confirmed'], env);

    await session.waitFor('(y/N)');
    session.type(`y${keys.enter}`);

    assert.equal(await session.exited, 0, session.output);
    assert.equal(await keychain().read('confirmed'), null);
  });

  it('Ctrl+C at a question exits 130', async () => {
    await keychain().write('interrupted', DEMO_ORG_GROUP_TOKEN);
    const session = new PromptSession(['logout', '--profile', 'interrupted'], env);

    await session.waitFor('(y/N)');
    session.type(keys.ctrlC);

    assert.equal(await session.exited, 130);
    assert.match(session.output, /Interrupted\./);
    assert.equal(await keychain().read('interrupted'), DEMO_ORG_GROUP_TOKEN);
  });

  it('revoke question shows the token name', async () => {
    const tokenEnv = { ...env, SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN };
    const session = new PromptSession(['revoke', 'tok_demo_zapier', '--org', 'Aurora Roofing & Solar'], tokenEnv);

    await session.waitFor('Revoke token "zapier-sync" (tok_demo_zapier) in Aurora Roofing & Solar (');
    session.type(`y${keys.enter}`);

    assert.equal(await session.exited, 0, session.output);
    assert.match(session.output, /Revoked token "zapier-sync" \(tok_demo_zapier\)/);
  });

  it('create to a terminal needs --output', async () => {
    const tokenEnv = { ...env, SIRO_ORG_GROUP_TOKEN: DEMO_ORG_GROUP_TOKEN };
    const before = fixture.server.createdTokens().length;
    const session = new PromptSession(['create', '--org', 'Coastal HVAC', '--name', 'on screen'], tokenEnv);

    assert.equal(await session.exited, 2);
    assert.match(session.output, /Standard output is a terminal/);
    assert.match(session.output, /--output PATH/);
    assert.equal(fixture.server.createdTokens().length, before);
  });
});
