#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';
import { SecretRedactor } from './cli/secret-redactor.js';
import { ExitCode } from './exit-codes.js';

const redactor = new SecretRedactor();
const debug = process.argv.includes('--debug');

// Last resort for errors outside runCli (a stray rejection from a library):
// one line, redacted, and the stack only with --debug.
function exitOnUnexpectedError(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Error: siro-token failed unexpectedly: ${redactor.redact(reason)}\n`);

  if (debug && error instanceof Error && error.stack !== undefined) {
    process.stderr.write(`${redactor.redact(error.stack)}\n`);
  }

  process.exit(ExitCode.failure);
}

process.on('uncaughtException', exitOnUnexpectedError);
process.on('unhandledRejection', exitOnUnexpectedError);

const exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  streams: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
  redactor,
});

// Wait until stdout and stderr are flushed (pipes are asynchronous on some
// systems), then exit, which also ends keep-alive sockets and a paused stdin.
await new Promise((resolve) => process.stdout.write('', resolve));
await new Promise((resolve) => process.stderr.write('', resolve));
process.exit(exitCode);
