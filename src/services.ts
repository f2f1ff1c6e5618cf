import type { ConnectSiroApi } from './api/siro-api.js';
import type { TokenFileWriter } from './files/token-file-writer.js';
import type { SecretStore } from './keychain/secret-store.js';

/**
 * Everything with side effects that the screens and commands use. Tests
 * hand in fakes; the CLI entry builds the real ones.
 */
export interface Services {
  connectApi: ConnectSiroApi;

  /** The OS keychain store; see openSecretStore for the memory fallback. */
  secrets: SecretStore;

  files: TokenFileWriter;
}
