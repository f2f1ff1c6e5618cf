/**
 * Carries SIGINT, SIGTERM and SIGHUP from the process into the app, so the
 * root component can mask a revealed token before it exits.
 */
export class InterruptSource {
  #listeners = new Set<() => void>();
  #interrupted = false;

  /** Calls the listener on the next interrupt, or at once when one already happened. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);

    if (this.#interrupted) {
      listener();
    }

    return () => {
      this.#listeners.delete(listener);
    };
  }

  interrupt(): void {
    this.#interrupted = true;

    for (const listener of this.#listeners) {
      listener();
    }
  }
}
