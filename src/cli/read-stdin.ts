import { CommandError } from './command-error.js';
import { ExitCode } from '../exit-codes.js';

// A token is well under a kilobyte; anything this large is the wrong input.
const MAX_BYTES = 64 * 1024;

/** Reads standard input to its end as UTF-8, rejecting input over 64 KiB. */
export async function readAllStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;

  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;

    if (size > MAX_BYTES) {
      throw new CommandError(
        'usage',
        ExitCode.usage,
        `Standard input is larger than ${MAX_BYTES / 1024} KiB, which is not a token. Send only the org-group token on standard input.`,
      );
    }

    chunks.push(buffer);
  }

  return Buffer.concat(chunks).toString('utf8');
}
