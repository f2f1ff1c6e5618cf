import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

const { Terminal } = xterm;

export const CLI_PATH = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface ExitStatus {
  exitCode: number;
  signal: number;
}

export interface TerminalSessionOptions {
  /** Token values that failure messages replace with `[secret hidden]`. */
  secrets?: string[];

  args?: string[];
  env: Record<string, string>;
  cwd: string;
  columns?: number;
  rows?: number;
}

/**
 * The built siro-token running in a real pseudo-terminal, with its output fed
 * into a headless xterm so tests read the screen and scrollback a person
 * would see, not raw escape codes.
 */
export class TerminalSession {
  readonly exited: Promise<ExitStatus>;

  private readonly process: pty.IPty;
  private readonly terminal: InstanceType<typeof Terminal>;
  private pendingWrites = 0;
  private rawOutput = '';
  private readonly secrets: string[] = [];

  constructor(options: TerminalSessionOptions) {
    const columns = options.columns ?? 100;
    const rows = options.rows ?? 30;

    this.secrets.push(...(options.secrets ?? []));
    this.terminal = new Terminal({ cols: columns, rows, scrollback: 5000, allowProposedApi: true });

    this.process = pty.spawn(process.execPath, [CLI_PATH, ...(options.args ?? [])], {
      name: 'xterm-256color',
      cols: columns,
      rows,
      cwd: options.cwd,
      env: options.env,
    });

    this.process.onData((data) => {
      this.rawOutput += data;
      this.pendingWrites += 1;
      this.terminal.write(data, () => {
        this.pendingWrites -= 1;
      });
    });

    this.exited = new Promise((resolve) => {
      this.process.onExit(({ exitCode, signal }) => resolve({ exitCode, signal: signal ?? 0 }));
    });
  }

  /** Process id of the program in the pseudo-terminal. */
  get pid(): number {
    return this.process.pid;
  }

  /** Adds a token value, such as one the server issued during the test, to those failure messages hide. */
  hide(secret: string): void {
    this.secrets.push(secret);
  }

  /** Sends keys as the terminal would: text, or escape codes from test/support/keys.ts. */
  type(keys: string): void {
    this.process.write(keys);
  }

  /** Returns the visible screen, one string per row, trailing spaces trimmed. */
  screen(): string {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];

    for (let row = 0; row < this.terminal.rows; row += 1) {
      lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
    }

    return lines.join('\n');
  }

  /** Returns every byte the program wrote, escape codes included. */
  raw(): string {
    return this.rawOutput;
  }

  /** Returns everything the terminal holds: scrollback and screen. */
  everything(): string {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];

    for (let index = 0; index < buffer.length; index += 1) {
      lines.push(buffer.getLine(index)?.translateToString(true) ?? '');
    }

    return lines.join('\n');
  }

  /** Waits until the screen contains `text`; fails with the last screen seen. */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;

    for (;;) {
      await this.settle();
      const screen = this.screen();
      const found = typeof text === 'string' ? screen.includes(text) : text.test(screen);

      if (found) {
        return screen;
      }

      if (Date.now() > deadline) {
        throw new Error(this.hideSecrets(`Timed out after ${timeoutMs} ms waiting for ${String(text)}. Last screen:\n${screen}`));
      }

      await delay(10);
    }
  }

  /** Waits for the process to exit and for its last output to reach the terminal model. */
  async waitForExit(timeoutMs = 15_000): Promise<ExitStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(this.hideSecrets(`Timed out after ${timeoutMs} ms waiting for exit. Last screen:\n${this.screen()}`)));
      }, timeoutMs);
    });

    try {
      const result = await Promise.race([this.exited, timeout]);
      await delay(100);
      await this.settle();
      return result;
    } finally {
      clearTimeout(timer);
    }
  }

  kill(): void {
    try {
      this.process.kill();
    } catch {
      // Already exited.
    }
  }

  private hideSecrets(text: string): string {
    let hidden = text;

    for (const secret of this.secrets) {
      // Also hide a prefix, since a test may wait for part of a token.
      for (const part of [secret, secret.slice(0, 20)]) {
        hidden = hidden.split(part).join('[secret hidden]');
      }
    }

    return hidden;
  }

  private async settle(): Promise<void> {
    while (this.pendingWrites > 0) {
      await delay(10);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
