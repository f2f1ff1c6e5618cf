import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import type { CreatedToken } from '../../src/api/types.js';
import {
  DEMO_ORGANIZATION_TOKEN,
  DEMO_ORG_GROUP_TOKEN,
  startSiroServer,
  type SiroServer,
  type SiroServerOptions,
} from '../../src/demo/siro-server.js';
import { createKeychainStore } from '../../src/keychain/keychain-store.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI source, run through tsx, so the tests check the code as it is without a build. */
export const CLI_SOURCE = fileURLToPath(new URL('../../src/cli.tsx', import.meta.url));

export interface CliRunResult {
  args: string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;

  /** Written to the child's stdin, which is then closed; without it stdin is closed at once. */
  stdin?: string;

  cwd?: string;
  timeoutMs?: number;

  /** Runs the child as this user and group id (needs root), for folders the user cannot write to. */
  user?: { uid: number; gid: number };

  /** Called once the child is running, for tests that send it a signal. */
  onSpawn?: (child: { kill(signal: NodeJS.Signals): boolean; pid?: number | undefined }) => void;
}

// Variables of the developer's shell that would change what the CLI does.
/** Port 9 (discard) on loopback, where nothing listens here. */
export const UNREACHABLE_API_URL = 'http://127.0.0.1:9/api-externalApi';

const CLEARED_VARIABLES = ['SIRO_ORG_GROUP_TOKEN', 'SIRO_API_URL', 'SIRO_TOKEN_KEYCHAIN_SERVICE', 'NO_COLOR', 'FORCE_COLOR'];

const runs: CliRunResult[] = [];

/**
 * Runs `siro-token ARGS` as a child process without a terminal (every stdio
 * is a pipe) and records its stdout and stderr for the secret checks.
 * Tokens go to the child through `env` or `stdin`, never through `args`.
 */
export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLEARED_VARIABLES) {
    delete env[name];
  }

  // A run that names no server talks to a closed loopback port, so no test
  // can reach the real Siro API by accident.
  env.SIRO_API_URL = UNREACHABLE_API_URL;

  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) {
      delete env[name];
    } else {
      env[name] = value;
    }
  }

  const child = spawn(process.execPath, ['--import', 'tsx', CLI_SOURCE, ...args], {
    cwd: options.cwd ?? REPOSITORY_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...options.user,
  });
  options.onSpawn?.(child);

  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  // A child that already exited closes stdin; the write error is not the test's subject.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');

  const timeoutMs = options.timeoutMs ?? 20_000;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`siro-token ${args.join(' ')} did not exit within ${timeoutMs} ms. stderr so far: ${stderr}`));
    }, timeoutMs);

    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });

    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const result: CliRunResult = { args, exitCode, signal, stdout, stderr };
      runs.push(result);
      resolve(result);
    });
  });
}

/** Returns every run of this test file so far. */
export function recordedRuns(): readonly CliRunResult[] {
  return runs;
}

/**
 * True when the run asked for the new token's secret on stdout: `create`
 * with `--output -`, or `create` without `--output` (stdout is a pipe here).
 */
export function askedForSecretOnStdout(args: readonly string[]): boolean {
  if (!args.includes('create')) {
    return false;
  }

  const outputIndex = args.findIndex((arg) => arg === '--output' || arg === '-o');
  const inline = args.find((arg) => arg.startsWith('--output='));

  if (inline !== undefined) {
    return inline === '--output=-';
  }

  return outputIndex === -1 || args[outputIndex + 1] === '-';
}

/**
 * Checks every recorded run: no org-group token appears in any stdout or
 * stderr, and a created token appears only on the stdout of a run that
 * asked for it, never on stderr.
 */
export function assertNoLeakedSecrets(secrets: { orgGroupTokens: readonly string[]; createdTokens: readonly CreatedToken[] }): void {
  for (const run of runs) {
    const label = `siro-token ${run.args.join(' ')}`;

    for (const token of secrets.orgGroupTokens) {
      assert.ok(!run.stdout.includes(token), `${label}: stdout contains an org-group token`);
      assert.ok(!run.stderr.includes(token), `${label}: stderr contains an org-group token`);
    }

    for (const created of secrets.createdTokens) {
      assert.ok(!run.stderr.includes(created.token), `${label}: stderr contains created token ${created.tokenId}`);

      if (run.stdout.includes(created.token)) {
        assert.ok(askedForSecretOnStdout(run.args), `${label}: stdout contains created token ${created.tokenId} without asking for it`);
      }
    }
  }
}

/** Returns a keychain service name for one test file, so no real entry is read or changed. */
export function testKeychainService(): string {
  return `siro-token-test-${randomBytes(6).toString('hex')}`;
}

/** Removes every entry the tests stored under `service`. */
export async function clearKeychainService(service: string): Promise<void> {
  const store = createKeychainStore(service);

  for (const profile of await store.listProfiles()) {
    await store.remove(profile);
  }
}

export interface CliFixture {
  server: SiroServer;
  keychainService: string;

  /** Runs the CLI against this fixture's server and keychain service. */
  run(args: string[], options?: CliRunOptions): Promise<CliRunResult>;

  /** Checks the recorded runs for leaked secrets, clears the keychain entries and stops the server. */
  close(): Promise<void>;
}

/**
 * Starts the local Siro-compatible server and picks a keychain service for
 * one test file. Every run gets SIRO_API_URL and SIRO_TOKEN_KEYCHAIN_SERVICE.
 */
export async function startCliFixture(serverOptions: SiroServerOptions = {}): Promise<CliFixture> {
  const server = await startSiroServer(serverOptions);
  const keychainService = testKeychainService();

  return {
    server,
    keychainService,

    run(args, options = {}) {
      return runCli(args, {
        ...options,
        env: { SIRO_API_URL: server.url, SIRO_TOKEN_KEYCHAIN_SERVICE: keychainService, ...options.env },
      });
    },

    async close() {
      try {
        assertNoLeakedSecrets({
          orgGroupTokens: [DEMO_ORG_GROUP_TOKEN, DEMO_ORGANIZATION_TOKEN, ...(serverOptions.orgGroupTokens ?? [])],
          createdTokens: server.createdTokens(),
        });
      } finally {
        await clearKeychainService(keychainService);
        await server.close();
      }
    },
  };
}
