/**
 * Tokens this process has seen (the org-group token, a created token), so
 * any text bound for a stream, a log or a stack trace can have them replaced
 * before it is written.
 */
export class SecretRedactor {
  static readonly replacement = '[redacted token]';

  // Shorter values would redact ordinary words; every Siro token is far longer.
  static readonly minimumLength = 8;

  readonly #secrets = new Set<string>();

  add(secret: string | null | undefined): void {
    if (secret !== null && secret !== undefined && secret.length >= SecretRedactor.minimumLength) {
      this.#secrets.add(secret);
    }
  }

  redact(text: string): string {
    let redacted = text;

    for (const secret of this.#secrets) {
      redacted = redacted.replaceAll(secret, SecretRedactor.replacement);
    }

    return redacted;
  }
}
