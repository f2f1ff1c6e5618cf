import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { render, type Instance } from 'ink';
import type { ReactElement } from 'react';

import { App } from '../../src/app.js';
import type { Theme } from '../../src/components/theme.js';
import type { ExitCode } from '../../src/exit-codes.js';
import { InterruptSource } from '../../src/flow/interrupts.js';
import { fakeServices, redactSecrets, type FakeServices, type FakeServicesSetup } from './fake-services.js';
import { keys, type KeyName } from './keys.js';

/** A terminal output stream in memory, with a size the test can change. */
export class FakeStdout extends EventEmitter {
  readonly writes: string[] = [];
  isTTY = true;

  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }

  write = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    this.writes.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };

  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

/** A terminal input stream in raw mode: each write is one chunk of key presses. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private readonly chunks: string[] = [];

  write(data: string): void {
    this.chunks.push(data);
    this.emit('readable');
  }

  read(): string | null {
    return this.chunks.shift() ?? null;
  }

  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

// Matches CSI sequences (colours, cursor moves) and OSC strings.
const ANSI_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, '');
}

/** Joins wrapped lines: runs of whitespace become one space, so a sentence matches wherever Ink wrapped it. */
export function flatten(frame: string): string {
  return frame.replace(/\s+/g, ' ');
}

export interface WaitOptions {
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 3000;

export interface RenderedInk {
  stdin: FakeStdin;
  stdout: FakeStdout;

  /** The last frame Ink wrote, without colours. */
  lastFrame: () => string;

  /** Every frame Ink wrote so far, without colours. */
  frames: () => string[];

  /**
   * Returns the frames as tall as the terminal or taller. Ink redraws only
   * frames shorter than the terminal in place; a taller one leaves copies
   * of earlier frames in the scrollback.
   */
  framesTooTall: () => string[];

  /** Sends named keys one by one, letting Ink and React settle after each. */
  press: (...names: KeyName[]) => Promise<void>;

  /** Sends text as one chunk, like a paste or fast typing. */
  type: (text: string) => Promise<void>;

  /**
   * Waits until the last frame contains `expected` and returns the frame as
   * drawn, or fails with the last frame seen. A string is matched against
   * the flattened frame, so line wrapping does not matter. The failure
   * message hides the secrets of fakeSecret, in `expected` and the frame.
   */
  waitFor: (expected: string | RegExp, options?: WaitOptions) => Promise<string>;

  /** Waits until `condition` holds; fails with `description` and the last frame seen. */
  waitUntil: (condition: () => boolean, description: string, options?: WaitOptions) => Promise<void>;

  unmount: () => void;
}

const mounted = new Set<Instance>();

/**
 * Renders an element the way a terminal of the given size shows it. Ink
 * writes each frame whole (debug mode), so the last write is the screen.
 */
export function renderInk(element: ReactElement, size: { columns?: number; rows?: number } = {}): RenderedInk {
  const stdout = new FakeStdout(size.columns ?? 100, size.rows ?? 30);
  const stdin = new FakeStdin();

  const instance = render(element, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  mounted.add(instance);

  // Ink's last write on unmount only shows the cursor again, so frames that
  // are empty once stripped are skipped.
  const frames = (): string[] => stdout.writes.map(stripAnsi).filter((frame) => frame !== '');
  const lastFrame = (): string => frames().at(-1) ?? '';

  const waitUntil = async (condition: () => boolean, description: string, options: WaitOptions = {}): Promise<void> => {
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    while (!condition()) {
      if (Date.now() > deadline) {
        throw new Error(redactSecrets(`Timed out waiting for ${description}. Last frame:\n${lastFrame()}`));
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await settle();
  };

  return {
    stdin,
    stdout,
    lastFrame,
    frames,
    framesTooTall: () => frames().filter((frame) => lineCount(frame) >= stdout.rows),
    press: async (...names) => {
      for (const name of names) {
        stdin.write(keys[name]);
        await settle();
      }
    },
    type: async (text) => {
      stdin.write(text);
      await settle();
    },
    waitFor: async (expected, options) => {
      const matches = (): boolean =>
        typeof expected === 'string' ? flatten(lastFrame()).includes(flatten(expected)) : expected.test(lastFrame());
      await waitUntil(matches, `the text ${String(expected)}`, options);
      // The frame is written during React's commit, before the new screen's
      // input handlers subscribe; keys sent earlier would reach the old screen.
      await settle();
      return lastFrame();
    },
    waitUntil,
    unmount: () => {
      instance.unmount();
      instance.cleanup();
      mounted.delete(instance);
    },
  };
}

/**
 * Asserts that a frame matches `pattern`, like assert.match, but a failure
 * prints the frame with the secrets of fakeSecret hidden, for frames that
 * may show a revealed token.
 */
export function assertFrameMatches(frame: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(frame)) {
    assert.fail(redactSecrets(`${message ?? 'The frame does not match'} ${String(pattern)}. Frame:\n${frame}`));
  }
}

/**
 * Asserts that every frame was shorter than the terminal (see framesTooTall).
 * A failure prints those frames with the secrets of fakeSecret hidden.
 */
export function assertFramesFit(app: RenderedInk): void {
  const tooTall = app.framesTooTall();
  assert.ok(
    tooTall.length === 0,
    redactSecrets(`${tooTall.length} frames are as tall as the terminal or taller:\n${tooTall.join('\n----\n')}`),
  );
}

/** Returns the terminal lines a frame takes. */
export function lineCount(frame: string): number {
  return frame.split('\n').length;
}

/**
 * Lets pending work run: Ink's lone-Escape flush (setImmediate), React's
 * passive effects that re-subscribe input handlers, and resolved promises.
 * Not a sleep: it only yields the event loop a few turns.
 */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 4; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Unmounts everything rendered, so spinners' timers do not keep the test process alive. */
export function cleanup(): void {
  for (const instance of mounted) {
    instance.unmount();
    instance.cleanup();
  }
  mounted.clear();
}

export interface RenderedFlow extends RenderedInk, FakeServices {
  exitCodes: ExitCode[];
  interrupts: InterruptSource;
  waitForExit: () => Promise<ExitCode>;
}

const PLAIN_THEME: Theme = { accent: undefined, success: undefined, warning: undefined, error: undefined, dim: false };

/** Renders the whole guided flow with fake services, recording the exit code the root reports. */
export function renderFlow(
  setup: FakeServicesSetup & { columns?: number; rows?: number } = {},
  configure?: (fakes: FakeServices) => void,
): RenderedFlow {
  const fakes = fakeServices(setup);
  configure?.(fakes);

  const exitCodes: ExitCode[] = [];
  const interrupts = new InterruptSource();
  const rendered = renderInk(
    <App options={fakes.options} interrupts={interrupts} theme={PLAIN_THEME} onExit={(code) => exitCodes.push(code)} />,
    setup,
  );

  return {
    ...rendered,
    ...fakes,
    exitCodes,
    interrupts,
    waitForExit: async () => {
      await rendered.waitUntil(() => exitCodes.length > 0, 'the app to exit');
      return exitCodes[0] as ExitCode;
    },
  };
}
