import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';

import { SiroApiError } from '../../src/api/errors.js';
import type { SiroApi } from '../../src/api/siro-api.js';
import type { CallerIdentity, CreateTokenRequest, CreatedToken, Organization, TokenMetadata } from '../../src/api/types.js';
import { tokenFileFormat } from '../../src/files/token-file-format.js';
import { TokenFileError, type SavedTokenFile, type TokenFileWriter } from '../../src/files/token-file-writer.js';
import type { GuidedFlowOptions } from '../../src/flow/guided-flow-options.js';
import { KeychainUnavailableError, type SessionSecretStore } from '../../src/keychain/secret-store.js';

// Every secret fakeSecret made in this process, so failure messages can hide them.
const secretsMade = new Set<string>();

/** Returns an obviously fake secret, different in every test run. */
export function fakeSecret(label: string): string {
  const secret = `fake-${label}-${randomBytes(12).toString('hex')}`;
  secretsMade.add(secret);
  return secret;
}

/**
 * Replaces every secret fakeSecret made with "[secret hidden]", for text
 * that a failing test prints: a frame with a revealed token, or the text
 * a test waited for.
 */
export function redactSecrets(text: string): string {
  let redacted = text;
  for (const secret of secretsMade) {
    redacted = redacted.split(secret).join('[secret hidden]');
  }
  return redacted;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** Creates a promise the test settles by hand, to hold a service call in flight. */
export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

/** Creates a SiroApiError for an HTTP status, worded like the real client's. */
export function httpError(call: string, status: number, serverMessage?: string, retryAfterSeconds?: number): SiroApiError {
  const suffix = serverMessage === undefined ? '.' : `: ${serverMessage}.`;
  return new SiroApiError(`${call} failed with ${status}${suffix}`, {
    kind: 'http',
    call,
    status,
    ...(serverMessage === undefined ? {} : { serverMessage }),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
}

export function timeoutError(call: string, mayHaveTakenEffect = false): SiroApiError {
  return new SiroApiError(`${call} timed out after 15 s.`, { kind: 'timeout', call, mayHaveTakenEffect });
}

export function malformedError(call: string): SiroApiError {
  return new SiroApiError(`${call} returned an invalid response: the body is not valid JSON.`, { kind: 'malformed', call });
}

export function repeatedCursorError(): SiroApiError {
  return new SiroApiError(
    'GET /v1/core/organizations returned a cursor it had already returned, so listing stopped to avoid a loop.',
    { kind: 'pagination', call: 'GET /v1/core/organizations' },
  );
}

export const ORG_GROUP_ID = 'og-test-1';

export function orgGroupIdentity(overrides: Partial<CallerIdentity> = {}): CallerIdentity {
  return {
    tokenId: 'tok-org-group-1',
    tokenName: 'ops automation',
    organizationId: 'org-home',
    authorizedOrgGroupId: ORG_GROUP_ID,
    parentOrgGroupTokenId: null,
    createdAt: '2026-01-02T03:04:05.000Z',
    createdBy: 'uid-admin',
    ...overrides,
  };
}

export function organization(id: string, name: string | null, disabled = false): Organization {
  return { id, name, disabled };
}

export function tokenMetadata(overrides: Partial<TokenMetadata> = {}): TokenMetadata {
  return {
    tokenId: 'tok-1',
    tokenName: 'existing token',
    organizationId: 'org-acme',
    authorizedOrgGroupId: null,
    parentOrgGroupTokenId: 'tok-org-group-1',
    createdAt: '2026-03-04T05:06:07.000Z',
    createdBy: null,
    ...overrides,
  };
}

export const DEFAULT_ORGANIZATIONS: Organization[] = [
  organization('org-acme', 'Acme Corp'),
  organization('org-bravo', 'Bravo Roofing'),
  organization('org-closed', 'Closed Inc', true),
];

/** Turns a list of pages into what `organizationPages()` yields. */
export async function* yieldPages(pages: Organization[][]): AsyncGenerator<Organization[], void, undefined> {
  for (const page of pages) {
    yield page;
  }
}

export interface ApiCall {
  method: keyof SiroApi;
  token: string;
  args: unknown[];
}

/**
 * An in-memory Siro. Each call is recorded with the bearer token it was
 * made with, and a handler that the test can replace returns its result.
 */
export class FakeSiro {
  readonly calls: ApiCall[] = [];

  /** The secret of the next created token. */
  createdSecret = fakeSecret('created-token');

  getCallerIdentity: (token: string) => Promise<CallerIdentity> = async () => orgGroupIdentity();

  organizationPages: (token: string) => AsyncGenerator<Organization[], void, undefined> = () =>
    yieldPages([DEFAULT_ORGANIZATIONS]);

  listTokens: (token: string, organizationId: string) => Promise<TokenMetadata[]> = async () => [];

  createToken: (token: string, request: CreateTokenRequest) => Promise<CreatedToken> = async (_token, request) => ({
    ...tokenMetadata({ tokenId: 'tok-new-1', tokenName: request.tokenName, organizationId: request.organizationId }),
    createdAt: '2026-05-06T07:08:09.000Z',
    token: this.createdSecret,
  });

  revokeToken: (token: string, tokenId: string, organizationId: string) => Promise<TokenMetadata> = async (
    _token,
    tokenId,
    organizationId,
  ) => tokenMetadata({ tokenId, organizationId });

  readonly connect = (token: string): SiroApi => ({
    getCallerIdentity: () => this.record('getCallerIdentity', token, [], () => this.getCallerIdentity(token)),
    organizationPages: () => {
      this.calls.push({ method: 'organizationPages', token, args: [] });
      return this.organizationPages(token);
    },
    listTokens: (organizationId) =>
      this.record('listTokens', token, [organizationId], () => this.listTokens(token, organizationId)),
    createToken: (request) => this.record('createToken', token, [request], () => this.createToken(token, request)),
    revokeToken: (tokenId, organizationId) =>
      this.record('revokeToken', token, [tokenId, organizationId], () => this.revokeToken(token, tokenId, organizationId)),
  });

  callsOf(method: keyof SiroApi): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  private record<T>(method: keyof SiroApi, token: string, args: unknown[], answer: () => Promise<T>): Promise<T> {
    this.calls.push({ method, token, args });
    return answer();
  }
}

/** A SessionSecretStore in memory, with switchable keychain failures. */
export class FakeSecretStore implements SessionSecretStore {
  readonly entries = new Map<string, string>();
  readonly writes: Array<{ profile: string; token: string }> = [];
  unavailable: KeychainUnavailableError | null = null;

  /** When set, read and write behave like a session store whose keychain cannot be reached. */
  keychainError: KeychainUnavailableError | null = null;

  /** When set, only write behaves so: a keychain that reads but cannot store. */
  keychainErrorOnWrite: KeychainUnavailableError | null = null;

  /** When set, read waits for it, so a test can hold the startup read. */
  pendingRead: Promise<void> | null = null;

  get backend(): 'keychain' | 'memory' {
    return this.unavailable === null ? 'keychain' : 'memory';
  }

  async read(profile: string): Promise<string | null> {
    await this.pendingRead;
    if (this.switchToMemory()) {
      return null;
    }
    return this.entries.get(profile) ?? null;
  }

  async write(profile: string, token: string): Promise<void> {
    this.writes.push({ profile, token });
    this.unavailable ??= this.keychainErrorOnWrite;
    this.switchToMemory();
    this.entries.set(profile, token);
  }

  async remove(profile: string): Promise<boolean> {
    return this.entries.delete(profile);
  }

  async listProfiles(): Promise<string[]> {
    return [...this.entries.keys()].sort();
  }

  private switchToMemory(): boolean {
    if (this.keychainError === null) {
      return false;
    }
    this.unavailable ??= this.keychainError;
    return true;
  }
}

export function keychainUnavailable(): KeychainUnavailableError {
  return new KeychainUnavailableError(
    'The keychain could not be reached: no Secret Service is running on the session bus.',
    'Install and start gnome-keyring (Debian: apt install gnome-keyring), then run siro-token again.',
  );
}

/** A KeychainUnavailableError as long as the real one on Linux without a Secret Service: about 9 lines at 100 columns. */
export function longKeychainUnavailable(): KeychainUnavailableError {
  return new KeychainUnavailableError(
    'Could not reach the OS keychain (Secret Service over D-Bus) to read the token for profile "default": ' +
      'zbus error: Failed to connect to address `unix:path=/run/user/0/bus`: No such file or directory (os error 2).',
    'A Secret Service provider such as gnome-keyring or KeePassXC must run in your desktop session and be unlocked. ' +
      'Over SSH or without a desktop, start a D-Bus session with `dbus-run-session -- $SHELL`, then start and unlock ' +
      'a keyring in it with `gnome-keyring-daemon --unlock --components=secrets --daemonize` (it reads the keyring ' +
      'password from standard input). Or set SIRO_ORG_GROUP_TOKEN to use a token for this run without storing it.',
  );
}

/** A TokenFileWriter in memory: paths in `existing` exist, and `failures` maps a path to the error it raises. */
export class FakeFileWriter implements TokenFileWriter {
  readonly existing = new Set<string>();
  readonly failures = new Map<string, TokenFileError>();
  readonly writes: Array<{ path: string; created: CreatedToken; overwrite: boolean }> = [];

  async write(path: string, created: CreatedToken, options: { overwrite: boolean }): Promise<SavedTokenFile> {
    this.writes.push({ path, created, overwrite: options.overwrite });
    const absolute = `/home/tester/${basename(path)}`;

    const failure = this.failures.get(path);
    if (failure !== undefined) {
      throw failure;
    }
    if (this.existing.has(path) && !options.overwrite) {
      throw new TokenFileError('exists', absolute, `The file "${absolute}" already exists. Choose another path.`);
    }

    this.existing.add(path);
    return { path: absolute, format: tokenFileFormat(path) };
  }
}

export interface FakeServices {
  siro: FakeSiro;
  secrets: FakeSecretStore;
  files: FakeFileWriter;
  options: GuidedFlowOptions;
}

export interface FakeServicesSetup {
  profile?: string;
  environmentToken?: string | null;

  /** A token already in the keychain for the profile. */
  storedToken?: string | null;

  demoToken?: string | null;
  apiUrl?: { url: string; isDefault: boolean };
}

/** Fake services and guided-flow options that use them. */
export function fakeServices(setup: FakeServicesSetup = {}): FakeServices {
  const siro = new FakeSiro();
  const secrets = new FakeSecretStore();
  const files = new FakeFileWriter();
  const profile = setup.profile ?? 'default';

  if (setup.storedToken !== undefined && setup.storedToken !== null) {
    secrets.entries.set(profile, setup.storedToken);
  }

  const options: GuidedFlowOptions = {
    services: { connectApi: siro.connect, secrets, files },
    profile,
    environmentToken: setup.environmentToken ?? null,
    apiUrl: setup.apiUrl ?? { url: 'https://functions.siro.ai/api-externalApi', isDefault: true },
    demo: setup.demoToken === undefined || setup.demoToken === null ? null : { orgGroupToken: setup.demoToken },
    suggestion: { user: 'tester', host: 'testhost', date: new Date(2026, 4, 6) },
  };

  return { siro, secrets, files, options };
}
