/** Process exit codes, documented in `--help` and the README. */
export const ExitCode = {
  success: 0,
  failure: 1,
  usage: 2,
  noToken: 3,
  notFound: 4,
  interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
