import { connectSiroApi } from '../api/client.js';
import { COMMAND_RUNNERS } from '../commands/index.js';
import type { CommandContext } from '../commands/command-context.js';
import { ExitCode } from '../exit-codes.js';
import { createTokenFileWriter } from '../files/create-token-file-writer.js';
import { createKeychainStore } from '../keychain/keychain-store.js';
import { CommandError } from './command-error.js';
import { isCommandName, type CommandName } from './command-definitions.js';
import { createRequestLogger } from './debug-log.js';
import { startDemoServer, type DemoServer } from './demo-server.js';
import { requireTerminalForGuidedFlow, startGuidedFlow } from './guided-entry.js';
import { renderCommandHelp, renderMainHelp } from './help-text.js';
import { Output } from './output.js';
import { parseCommandLine, type CommandLine } from './parse-command-line.js';
import type { SecretRedactor } from './secret-redactor.js';
import { resolveSettings, type RunSettings } from './settings.js';
import { readVersion } from './version.js';
import { reportFailure } from './report-failure.js';
import { runUntilStopped } from './stop-signals.js';

export interface CliStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export interface CliRun {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  streams: CliStreams;
  redactor: SecretRedactor;
}

/**
 * Runs siro-token for one argv and resolves with the exit code. Every
 * failure is reported on stderr here; the caller only exits.
 */
export async function runCli(run: CliRun): Promise<ExitCode> {
  let commandLine: CommandLine;

  try {
    commandLine = parseCommandLine(run.argv);
  } catch (error) {
    // Parsing failed, so --json is honoured when it appears anywhere.
    return reportFailure(error, createOutput(run, run.argv.includes('--json'), run.argv.includes('--no-color')), false);
  }

  const { command, options } = commandLine;
  const output = createOutput(run, options.json, options.noColor);

  if (options.version) {
    run.streams.stdout.write(`${readVersion()}\n`);
    return ExitCode.success;
  }

  if (options.help || command === 'help') {
    run.streams.stdout.write(renderHelp(command, commandLine.positionals, options.help));
    return ExitCode.success;
  }

  let demo: DemoServer | null = null;

  try {
    const settings = resolveSettings(command, options, run.env);

    if (command === null) {
      if (options.json) {
        throw new CommandError('usage', ExitCode.usage, '--json applies to commands only; the guided flow has no JSON output. See `siro-token --help`.');
      }
      requireTerminalForGuidedFlow(run.streams);
    }

    demo = options.demo ? await startDemoServer() : null;
    const apiUrl = demo === null ? settings.apiUrl ?? unreachable() : { url: demo.url, isDefault: false };

    if (command === null) {
      return await startGuidedFlow({
        settings,
        apiUrl,
        demo,
        debug: options.debug,
        noColor: options.noColor,
        redactor: run.redactor,
        streams: run.streams,
      });
    }

    const context = buildCommandContext(run, commandLine, settings, apiUrl, demo, output);
    return await runUntilStopped(context, COMMAND_RUNNERS[command as Exclude<CommandName, 'help'>]);
  } catch (error) {
    return reportFailure(error, output, options.debug);
  } finally {
    restoreTerminal(run.streams.stdin);
    await demo?.close();
  }
}

/** `help COMMAND` and `COMMAND --help` show the command's help; `help --help` shows the help of `help`. */
function renderHelp(command: CommandName | null, positionals: string[], helpFlag: boolean): string {
  if (command !== 'help') {
    return command === null ? renderMainHelp() : renderCommandHelp(command);
  }

  const [topic] = positionals;
  if (topic !== undefined && isCommandName(topic)) {
    return renderCommandHelp(topic);
  }

  return helpFlag ? renderCommandHelp('help') : renderMainHelp();
}

function createOutput(run: CliRun, json: boolean, noColorFlag: boolean): Output {
  return new Output({
    stdout: run.streams.stdout,
    stderr: run.streams.stderr,
    json,
    noColorFlag,
    env: run.env,
    redactor: run.redactor,
  });
}

function buildCommandContext(
  run: CliRun,
  commandLine: CommandLine,
  settings: RunSettings,
  apiUrl: { url: string; isDefault: boolean },
  demo: DemoServer | null,
  output: Output,
): CommandContext {
  const { streams, redactor } = run;
  const onRequest = commandLine.options.debug ? createRequestLogger((line) => output.diagnostic(line)) : undefined;

  return {
    options: commandLine.options,
    positionals: commandLine.positionals,
    profile: settings.profile,
    apiUrl,
    services: {
      connectApi: connectSiroApi({ baseUrl: apiUrl.url, onRequest }),
      secrets: createKeychainStore(settings.keychainService),
      files: createTokenFileWriter(),
    },
    environmentToken: environmentTokenFor(settings, demo),
    environmentTokenSet: settings.environmentToken !== null,
    output,
    terminal: {
      stdin: streams.stdin,
      stderr: streams.stderr,
      stdinIsTTY: streams.stdin.isTTY === true,
      stdoutIsTTY: streams.stdout.isTTY === true,
    },
    redactor,
    interruptNote: { current: null },
    interruptCleanups: new Set(),
  };
}

/** With --demo, the demo token replaces SIRO_ORG_GROUP_TOKEN, so a real token never reaches the demo server. */
function environmentTokenFor(settings: RunSettings, demo: DemoServer | null): CommandContext['environmentToken'] {
  if (demo !== null) {
    return { token: demo.orgGroupToken, source: 'demo' };
  }

  return settings.environmentToken === null ? null : { token: settings.environmentToken, source: 'environment' };
}

/** Leaves the terminal in its normal mode even when a masked prompt was interrupted. */
function restoreTerminal(stdin: NodeJS.ReadStream): void {
  if (stdin.isTTY === true && stdin.isRaw) {
    stdin.setRawMode(false);
  }
}

function unreachable(): never {
  throw new Error('The API URL was not resolved outside demo mode.');
}
