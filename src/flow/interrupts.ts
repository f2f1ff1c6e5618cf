import { ExitCode, type StopExitCode } from '../exit-codes.js';

/**
 * Carries SIGINT, SIGTERM and SIGHUP from the process into the app, so the
 * root component can mask a revealed token before it exits.
 */
export class InterruptSource {
  #listeners = new Set<(exitCode: StopExitCode) => void>();
  #exitCode: StopExitCode | null = null;

  /**
   * Calls the listener with the exit code on the next interrupt, or at once
   * when one already happened.
   */
  subscribe(listener: (exitCode: StopExitCode) => void): () => void {
    this.#listeners.add(listener);

    if (this.#exitCode !== null) {
      listener(this.#exitCode);
    }

    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Stops the app with `exitCode`: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. */
  interrupt(exitCode: StopExitCode = ExitCode.interrupted): void {
    this.#exitCode = exitCode;

    for (const listener of this.#listeners) {
      listener(exitCode);
    }
  }
}
