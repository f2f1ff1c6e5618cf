import { createPalette, isColorEnabled, type Palette } from './color.js';
import type { CommandError } from './command-error.js';
import type { SecretRedactor } from './secret-redactor.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface OutputOptions {
  stdout: OutputStream;
  stderr: OutputStream;
  json: boolean;
  noColorFlag: boolean;
  env: NodeJS.ProcessEnv;
  redactor: SecretRedactor;
}

/** Stable codes of `--json` warnings, documented in docs/json-output.md. */
export type WarningCode = 'environment-token-wins' | 'duplicate-token-name' | 'token-names-unchecked';

/**
 * Where each kind of text goes: results to stdout; notes, warnings, errors
 * and prompts to stderr. In `--json` mode stdout holds one JSON document,
 * stderr holds JSON lines (warnings and the error), and notes are left out.
 * Everything except `secret()` passes through the redactor.
 */
export class Output {
  readonly json: boolean;
  readonly stdoutStyle: Palette;
  readonly stderrStyle: Palette;

  readonly #stdout: OutputStream;
  readonly #stderr: OutputStream;
  readonly #redactor: SecretRedactor;

  constructor(options: OutputOptions) {
    this.json = options.json;
    this.#stdout = options.stdout;
    this.#stderr = options.stderr;
    this.#redactor = options.redactor;

    const colorInput = { noColorFlag: options.noColorFlag, json: options.json, env: options.env };
    this.stdoutStyle = createPalette(isColorEnabled({ ...colorInput, isTTY: options.stdout.isTTY === true }));
    this.stderrStyle = createPalette(isColorEnabled({ ...colorInput, isTTY: options.stderr.isTTY === true }));
  }

  /** Writes one line of a text result to stdout. */
  line(text: string): void {
    this.#stdout.write(`${this.#redactor.redact(text)}\n`);
  }

  /** Writes the JSON result document to stdout. */
  jsonResult(value: unknown): void {
    this.#stdout.write(`${this.#redactor.redact(JSON.stringify(value, null, 2))}\n`);
  }

  /**
   * Writes a secret the user asked for to stdout, unredacted. Only `create`
   * calls it, for `--output -` or a stdout that is not a terminal.
   */
  secret(text: string): void {
    this.#stdout.write(text);
  }

  /** Writes progress or context for a person to stderr; left out in `--json` mode. */
  note(text: string): void {
    if (!this.json) {
      this.#stderr.write(`${this.#redactor.redact(text)}\n`);
    }
  }

  warn(code: WarningCode, message: string): void {
    if (this.json) {
      this.#writeJsonLine({ warning: { code, message } });
      return;
    }

    this.#stderr.write(`${this.stderrStyle.yellow('Warning:')} ${this.#redactor.redact(message)}\n`);
  }

  error(error: CommandError): void {
    if (this.json) {
      this.#writeJsonLine({ error: { code: error.code, message: error.message, exitCode: error.exitCode } });
      return;
    }

    this.#stderr.write(`${this.stderrStyle.red('Error:')} ${this.#redactor.redact(error.message)}\n`);
  }

  /** Writes text for a person on stderr as is (a stack trace with --debug); still redacted. */
  diagnostic(text: string): void {
    this.#stderr.write(`${this.#redactor.redact(text)}\n`);
  }

  #writeJsonLine(value: unknown): void {
    this.#stderr.write(`${this.#redactor.redact(JSON.stringify(value))}\n`);
  }
}
