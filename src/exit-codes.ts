/** Process exit codes, documented in `--help` and the README. */
export const ExitCode = {
  success: 0,
  failure: 1,
  usage: 2,
  noToken: 3,
  notFound: 4,

  /** SIGINT or Ctrl+C: 128 + 2, as shells report it. */
  interrupted: 130,

  /** SIGHUP (the terminal closed): 128 + 1. */
  hangUp: 129,

  /** SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Exit codes of a run stopped by Ctrl+C or a signal. */
export type StopExitCode = typeof ExitCode.interrupted | typeof ExitCode.hangUp | typeof ExitCode.terminated;

/** Returns true for the exit code of a run stopped by Ctrl+C or a signal. */
export function isStopExitCode(code: ExitCode | null): code is StopExitCode {
  return code === ExitCode.interrupted || code === ExitCode.hangUp || code === ExitCode.terminated;
}
