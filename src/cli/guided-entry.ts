import { hostname, userInfo } from 'node:os';

import { connectSiroApi } from '../api/client.js';
import { ExitCode } from '../exit-codes.js';
import { createTokenFileWriter } from '../files/create-token-file-writer.js';
import { createKeychainStore } from '../keychain/keychain-store.js';
import { createSessionStore } from '../keychain/session-store.js';
import type { GuidedFlowOptions } from '../flow/guided-flow-options.js';
import { CommandError } from './command-error.js';
import { createRequestLogger } from './debug-log.js';
import type { DemoServer } from './demo-server.js';
import type { SecretRedactor } from './secret-redactor.js';
import type { RunSettings } from './settings.js';

export const NOT_INTERACTIVE_MESSAGE =
  'siro-token needs an interactive terminal for the guided flow; use the commands (see siro-token --help) in scripts.';

export interface GuidedEntryInput {
  settings: RunSettings;
  apiUrl: { url: string; isDefault: boolean };
  demo: DemoServer | null;
  debug: boolean;
  noColor: boolean;
  redactor: SecretRedactor;
  streams: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };
}

/** Exits with 2 unless both stdin and stdout are terminals; call it before starting a demo server. */
export function requireTerminalForGuidedFlow(streams: GuidedEntryInput['streams']): void {
  if (streams.stdin.isTTY !== true || streams.stdout.isTTY !== true) {
    throw new CommandError('not-interactive', ExitCode.usage, NOT_INTERACTIVE_MESSAGE);
  }
}

/** Builds the real services and runs the guided flow; resolves with its exit code. */
export async function startGuidedFlow(input: GuidedEntryInput): Promise<ExitCode> {
  const { settings, apiUrl, demo, redactor, streams } = input;

  redactor.add(settings.environmentToken);

  // While Ink renders, console.error lines are printed above the app instead
  // of tearing through it, so debug lines go through the console.
  const onRequest = input.debug ? createRequestLogger((line) => console.error(redactor.redact(line))) : undefined;

  const options: GuidedFlowOptions = {
    services: {
      connectApi: connectSiroApi({ baseUrl: apiUrl.url, onRequest }),
      secrets: createSessionStore(createKeychainStore(settings.keychainService)),
      files: createTokenFileWriter(),
    },
    profile: settings.profile,
    environmentToken: demo === null ? settings.environmentToken : null,
    apiUrl,
    demo: demo === null ? null : { orgGroupToken: demo.orgGroupToken },
    suggestion: { user: currentUserName(), host: hostname(), date: new Date() },
    // Without --no-color the app still follows NO_COLOR and TERM=dumb.
    color: !input.noColor,
  };

  // Ink reads CI and CONTINUOUS_INTEGRATION once, when it is first imported,
  // and then draws only the last frame at exit. The guided flow runs only in
  // a terminal (checked above), where a person needs every frame even inside
  // a CI job's shell, so both are cleared before Ink loads.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;

  // Loaded only for the guided flow, so the commands start without Ink and React.
  const { runGuidedFlow } = await import('../flow/run.js');
  return runGuidedFlow(options, streams);
}

function currentUserName(): string {
  try {
    return userInfo().username;
  } catch {
    // userInfo throws when the user has no passwd entry, as in some containers.
    return '';
  }
}
