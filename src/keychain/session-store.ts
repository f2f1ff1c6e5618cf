import { createMemoryStore } from './memory-store.js';
import { KeychainUnavailableError, type SecretStore, type SessionSecretStore } from './secret-store.js';

/**
 * Wraps the keychain store for one session of the app. On the first
 * KeychainUnavailableError it records the error in `unavailable`, switches to
 * a memory store for the rest of the session and completes the operation
 * there: a write lands in memory, a read returns null. Other errors pass through.
 */
export function createSessionStore(keychain: SecretStore): SessionSecretStore {
  const memory = createMemoryStore();
  let unavailable: KeychainUnavailableError | null = null;

  async function run<T>(operation: (store: SecretStore) => Promise<T>): Promise<T> {
    if (unavailable !== null) {
      return operation(memory);
    }

    try {
      return await operation(keychain);
    } catch (error) {
      if (!(error instanceof KeychainUnavailableError)) {
        throw error;
      }

      unavailable ??= error;
      return operation(memory);
    }
  }

  return {
    get backend() {
      return unavailable === null ? keychain.backend : memory.backend;
    },

    get unavailable() {
      return unavailable;
    },

    read: (profile) => run((store) => store.read(profile)),
    write: (profile, token) => run((store) => store.write(profile, token)),
    remove: (profile) => run((store) => store.remove(profile)),
    listProfiles: () => run((store) => store.listProfiles()),
  };
}
