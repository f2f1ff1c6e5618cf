import { createInterface } from 'node:readline';

import { CommandError } from './command-error.js';
import { ExitCode } from '../exit-codes.js';

export interface PromptStreams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  stderr: NodeJS.WritableStream;
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = '\u007F';
const CTRL_H = '\b';

// Bracketed-paste markers and other escape sequences (arrow keys) are not part of a token.
const ESCAPE_SEQUENCE = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;

export function interruptedError(): CommandError {
  return new CommandError('interrupted', ExitCode.interrupted, 'Interrupted.');
}

/**
 * Reads one line from a terminal in raw mode, echoing `*` per character on
 * stderr, so the token never shows on screen. Enter ends the line, Ctrl+C
 * rejects with an interrupted error, Ctrl+D ends the input.
 */
export function readMaskedLine(question: string, streams: PromptStreams): Promise<string> {
  const { stdin, stderr } = streams;

  return new Promise((resolve, reject) => {
    let line = '';

    const finish = (error: CommandError | null): void => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write('\n');

      if (error === null) {
        resolve(line);
      } else {
        reject(error);
      }
    };

    const onData = (chunk: Buffer | string): void => {
      const text = chunk.toString().replace(ESCAPE_SEQUENCE, '');

      for (const character of text) {
        if (character === '\r' || character === '\n' || character === CTRL_D) {
          finish(null);
          return;
        }

        if (character === CTRL_C) {
          finish(interruptedError());
          return;
        }

        if (character === BACKSPACE || character === CTRL_H) {
          if (line.length > 0) {
            line = [...line].slice(0, -1).join('');
            stderr.write('\b \b');
          }
          continue;
        }

        if (character >= ' ') {
          line += character;
          stderr.write('*');
        }
      }
    };

    stderr.write(question);
    stdin.setRawMode?.(true);
    stdin.on('data', onData);
    stdin.resume();
  });
}

/**
 * Asks a y/N question on stderr and reads the answer from a terminal. Only
 * `y` or `yes` (any case) confirms; Enter, any other answer or Ctrl+D is no.
 */
export function confirm(question: string, streams: PromptStreams): Promise<boolean> {
  const { stdin, stderr } = streams;
  const readline = createInterface({ input: stdin, output: stderr, terminal: true });

  return new Promise((resolve, reject) => {
    let settled = false;

    readline.on('SIGINT', () => {
      settled = true;
      readline.close();
      stderr.write('\n');
      reject(interruptedError());
    });

    readline.on('close', () => {
      if (!settled) {
        settled = true;
        resolve(false);
      }
    });

    readline.question(`${question} (y/N) `, (answer) => {
      settled = true;
      readline.close();
      resolve(/^y(es)?$/i.test(answer.trim()));
    });
  });
}
