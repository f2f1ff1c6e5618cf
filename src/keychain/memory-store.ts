import { assertProfileName } from './profile-name.js';
import type { SecretStore } from './secret-store.js';

/** Creates a store that keeps tokens in this process only; they are gone when it exits. */
export function createMemoryStore(): SecretStore {
  const tokens = new Map<string, string>();

  return {
    backend: 'memory',

    async read(profile) {
      assertProfileName(profile);
      return tokens.get(profile) ?? null;
    },

    async write(profile, token) {
      assertProfileName(profile);
      tokens.set(profile, token);
    },

    async remove(profile) {
      assertProfileName(profile);
      return tokens.delete(profile);
    },

    async listProfiles() {
      return [...tokens.keys()].sort();
    },
  };
}
