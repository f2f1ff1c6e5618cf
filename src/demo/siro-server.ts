/**
 * A Siro-compatible API server on 127.0.0.1, used by `siro-token --demo` and
 * by the tests. It uses only node:http, because it ships in dist. Tokens and
 * organizations live in memory and vanish when the server closes.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { CreatedToken } from '../api/types.js';
import { PAGINATION_QUERY } from '../api/undocumented.js';
import { CursorCodec } from './cursor-codec.js';
import { FaultQueue, type FaultRule } from './fault-rules.js';
import { handleApiRequest, type ApiResponse, type ServerState } from './routes.js';
import { SAMPLE_ORGANIZATIONS, type SampleOrganization } from './sample-organizations.js';
import { TokenRegistry, initialTokenRecords } from './token-registry.js';

export { DEMO_ORGANIZATION_TOKEN, DEMO_ORG_GROUP_ID, DEMO_ORG_GROUP_TOKEN } from './demo-credentials.js';
export type { FaultRule } from './fault-rules.js';
export type { SampleOrganization } from './sample-organizations.js';

/** Path prefix of the API, as in the real base URL `https://functions.siro.ai/api-externalApi`. */
export const API_BASE_PATH = '/api-externalApi';

/** Default page size: a few dozen sample organizations then span several pages. */
export const DEFAULT_PAGE_SIZE = 10;

/** Largest request body read, in bytes; larger ones get 413. */
const MAX_BODY_BYTES = 64 * 1024;

export interface LoggedRequest {
  method: string;

  /** Path below API_BASE_PATH. */
  path: string;

  query: Record<string, string>;
}

export interface LoggedResponse {
  method: string;
  path: string;
  status: number;

  /** The JSON value sent, or the raw text of a `rawBody` fault. */
  body: unknown;

  /** True when a fault rule produced or changed the response, so it need not follow the OpenAPI document. */
  injected: boolean;
}

export interface SiroServerOptions {
  organizations?: readonly SampleOrganization[];

  /** Largest page returned, and the size when the request names none. Default DEFAULT_PAGE_SIZE. */
  pageSize?: number;

  /** More org-group token secrets, in addition to DEMO_ORG_GROUP_TOKEN. */
  orgGroupTokens?: string[];

  /** Called for every response sent, for checking responses against the OpenAPI document. */
  onResponse?: (response: LoggedResponse) => void;
}

export interface SiroServer {
  /** Base URL of the API, such as `http://127.0.0.1:PORT/api-externalApi`. */
  url: string;

  close(): Promise<void>;

  /** Tokens issued so far, revoked ones included, with their secrets. */
  createdTokens(): CreatedToken[];

  /** Applies a fault to the next matching requests. */
  failNext(rule: FaultRule): void;

  /** Every request received, in order, without headers or bodies. */
  requests(): LoggedRequest[];
}

export async function startSiroServer(options: SiroServerOptions = {}): Promise<SiroServer> {
  const organizations = options.organizations ?? SAMPLE_ORGANIZATIONS;
  const maxPageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, but is ${maxPageSize}.`);
  }

  const state: ServerState = {
    organizations,
    registry: new TokenRegistry(
      initialTokenRecords(
        organizations.map((organization) => organization.id),
        options.orgGroupTokens ?? [],
      ),
    ),
    cursors: new CursorCodec(),
    maxPageSize,
  };
  const faults = new FaultQueue();
  const requestLog: LoggedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });
  }

  function send(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    apiResponse: ApiResponse,
    injected: boolean,
    rawBody?: string,
  ): void {
    if (response.destroyed || response.writableEnded) {
      return;
    }
    response.writeHead(apiResponse.status, { 'content-type': 'application/json; charset=utf-8', ...apiResponse.headers });
    response.end(rawBody ?? JSON.stringify(apiResponse.body));
    options.onResponse?.({ method: request.method ?? '', path, status: apiResponse.status, body: rawBody ?? apiResponse.body, injected });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.startsWith(`${API_BASE_PATH}/`) ? url.pathname.slice(API_BASE_PATH.length) : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const method = request.method ?? '';
    requestLog.push({ method, path, query });

    const body = await readBody(request);
    if (body === undefined) {
      const message = `The request body is larger than ${MAX_BODY_BYTES} bytes.`;
      send(request, response, path, { status: 413, body: { message } }, false);
      return;
    }

    const fault = faults.take(method, path, query);
    if (fault?.status !== undefined) {
      await wait(fault.delayMs ?? 0);
      if (fault.destroySocket === true) {
        request.socket.destroy();
        return;
      }
      const faultBody = fault.body ?? { message: STATUS_CODES[fault.status] ?? 'Injected fault' };
      send(request, response, path, { status: fault.status, body: faultBody, headers: fault.headers }, true, fault.rawBody);
      return;
    }

    const apiResponse = handleApiRequest(state, { method, path, query, authorization: request.headers.authorization, body });
    if (fault === undefined) {
      send(request, response, path, apiResponse, false);
      return;
    }

    if (fault.repeatCursor === true && isPage(apiResponse.body)) {
      apiResponse.body = { ...apiResponse.body, cursor: query[PAGINATION_QUERY.cursor] ?? null };
    }
    await wait(fault.delayMs ?? 0);
    if (fault.destroySocket === true) {
      request.socket.destroy();
      return;
    }
    send(request, response, path, { ...apiResponse, headers: { ...apiResponse.headers, ...fault.headers } }, true, fault.rawBody);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // A bug in the server must not hang the client: close the connection.
      request.socket.destroy();
    });
  });
  // Longer than a client's idle keep-alive, so a client never reuses a socket the server is closing.
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${API_BASE_PATH}`,

    close() {
      for (const timer of timers) {
        clearTimeout(timer);
      }
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },

    createdTokens: () => state.registry.createdTokens(),
    failNext: (rule) => faults.add(rule),
    requests: () => requestLog.map((entry) => ({ ...entry, query: { ...entry.query } })),
  };
}

/** Reads the request body as text, or returns undefined when it exceeds MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) {
      chunks.push(buffer);
    }
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8');
}

function isPage(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && 'cursor' in body;
}
