import * as keytar from '@napi-rs/keyring/keytar.js';

import { keychainUnavailableError, type KeychainOperation } from './keychain-unavailable.js';
import { assertProfileName } from './profile-name.js';
import type { SecretStore } from './secret-store.js';

/** The part of the keytar API of @napi-rs/keyring that the store calls. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export interface KeychainStoreOptions {
  /** Defaults to the keytar API of @napi-rs/keyring. */
  keytar?: KeytarApi;

  /** Defaults to process.platform; chooses the wording of errors and remedies. */
  platform?: NodeJS.Platform;
}

/**
 * Creates a store backed by the OS keychain, with one entry per profile:
 * service `service`, account = profile name. Every keychain failure rejects
 * with a KeychainUnavailableError.
 */
export function createKeychainStore(service: string, options: KeychainStoreOptions = {}): SecretStore {
  const api = options.keytar ?? keytar;
  const platform = options.platform ?? process.platform;
  let secretServiceCheck: Promise<void> | null = null;

  // On Linux, @napi-rs/keyring 2.1.2 falls back from the Secret Service to
  // the kernel keyring without an error (its README says so), and the kernel
  // keyring is cleared on reboot. Without a Secret Service the first
  // getPassword even resolves null instead of rejecting. findCredentials uses
  // the Secret Service only, so calling it once first turns an unreachable
  // Secret Service into an error.
  function checkSecretService(): Promise<void> {
    if (platform !== 'linux') {
      return Promise.resolve();
    }

    secretServiceCheck ??= api.findCredentials(service).then(
      () => undefined,
      (error: unknown) => {
        secretServiceCheck = null;
        throw error;
      },
    );
    return secretServiceCheck;
  }

  async function call<T>(operation: KeychainOperation, run: () => Promise<T>, secret?: string): Promise<T> {
    try {
      await checkSecretService();
      return await run();
    } catch (error) {
      throw keychainUnavailableError(operation, error, platform, secret);
    }
  }

  return {
    backend: 'keychain',

    async read(profile) {
      assertProfileName(profile);
      return call({ kind: 'read', profile }, () => api.getPassword(service, profile));
    },

    async write(profile, token) {
      assertProfileName(profile);
      return call({ kind: 'write', profile }, () => api.setPassword(service, profile, token), token);
    },

    async remove(profile) {
      assertProfileName(profile);
      return call({ kind: 'remove', profile }, () => api.deletePassword(service, profile));
    },

    async listProfiles() {
      return call({ kind: 'list' }, async () => {
        const credentials = await api.findCredentials(service);
        return credentials.map((credential) => credential.account).sort();
      });
    },
  };
}
