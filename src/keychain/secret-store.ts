/**
 * Storage for org-group tokens, one per profile. The real store is the OS
 * keychain; when it cannot be reached the app keeps the token in memory for
 * the session only. No implementation ever writes a token to a file.
 */
export interface SecretStore {
  /** Storage backend: the OS keychain, or memory for this session only. */
  readonly backend: 'keychain' | 'memory';

  /** Returns the profile's token, or null when none is stored. */
  read(profile: string): Promise<string | null>;

  write(profile: string, token: string): Promise<void>;

  /** Removes the profile's token. Returns false when there was none. */
  remove(profile: string): Promise<boolean>;

  /** Lists the profile names that have a stored token, sorted. */
  listProfiles(): Promise<string[]>;
}

/**
 * Raised when the OS keychain cannot be reached (no Secret Service on Linux,
 * a locked or denied keychain). `remedy` describes how to fix it on this OS.
 */
export class KeychainUnavailableError extends Error {
  readonly remedy: string;

  constructor(message: string, remedy: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeychainUnavailableError';
    this.remedy = remedy;
  }
}

/**
 * The store the guided flow uses: the keychain while it responds, and memory
 * for the rest of the session once it does not. `unavailable` contains the
 * error that caused the switch, so the screen can explain it.
 */
export interface SessionSecretStore extends SecretStore {
  readonly unavailable: KeychainUnavailableError | null;
}
