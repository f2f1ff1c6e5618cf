/**
 * The endpoints of the Siro-compatible local server, as plain functions from
 * a request to a response. 2xx bodies follow the OpenAPI document. Error
 * bodies are `{ "message": "..." }`, one plausible shape of the undocumented
 * error body.
 */
import { ORGANIZATION_SELECTOR_QUERY, PAGINATION_QUERY } from '../api/undocumented.js';
import type { CursorCodec } from './cursor-codec.js';
import type { SampleOrganization } from './sample-organizations.js';
import type { TokenRecord, TokenRegistry } from './token-registry.js';

export interface ServerState {
  organizations: readonly SampleOrganization[];
  registry: TokenRegistry;
  cursors: CursorCodec;

  /** Largest page the server returns, and the size when the request names none. */
  maxPageSize: number;
}

export interface ApiRequestData {
  method: string;

  /** Path below the API base path, such as `/v1/core/organizations`. */
  path: string;

  query: Record<string, string>;
  authorization: string | undefined;
  body: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const TOKEN_PATH = /^\/v1\/core\/auth\/tokens\/([^/]+)$/;
const ORGANIZATION_PATH = /^\/v1\/core\/organizations\/([^/]+)$/;

export function handleApiRequest(state: ServerState, request: ApiRequestData): ApiResponse {
  const route = findRoute(request.path);
  if (route === undefined) {
    return error(404, `No endpoint at ${request.path}.`);
  }
  if (!route.methods.includes(request.method)) {
    return { ...error(405, `${request.method} is not allowed on ${request.path}.`), headers: { allow: route.methods.join(', ') } };
  }

  const caller = authenticate(state, request.authorization);
  if (caller === undefined) {
    const missing = request.authorization === undefined || !/^Bearer\s+\S/i.test(request.authorization);
    return error(401, missing ? 'Missing bearer token: send Authorization: Bearer <token>.' : 'Invalid or revoked token.');
  }

  return route.handle(state, request, caller);
}

interface Route {
  methods: string[];
  handle: (state: ServerState, request: ApiRequestData, caller: TokenRecord) => ApiResponse;
}

function findRoute(path: string): Route | undefined {
  if (path === '/v1/core/auth/caller-identity') {
    return { methods: ['GET'], handle: (_state, _request, caller) => ok({ ...caller.metadata }) };
  }
  if (path === '/v1/core/organizations') {
    return { methods: ['GET'], handle: listOrganizations };
  }
  if (path === '/v1/core/auth/tokens') {
    return {
      methods: ['GET', 'POST'],
      handle: (state, request, caller) =>
        request.method === 'GET' ? listTokens(state, request, caller) : createToken(state, request, caller),
    };
  }

  const tokenId = matchId(TOKEN_PATH, path);
  if (tokenId !== undefined) {
    return {
      methods: ['GET', 'DELETE'],
      handle: (state, request, caller) =>
        request.method === 'GET' ? getToken(state, tokenId, caller) : revokeToken(state, request, tokenId, caller),
    };
  }

  const organizationId = matchId(ORGANIZATION_PATH, path);
  if (organizationId !== undefined) {
    return { methods: ['GET'], handle: (state, _request, caller) => getOrganization(state, organizationId, caller) };
  }
  return undefined;
}

function authenticate(state: ServerState, authorization: string | undefined): TokenRecord | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] === undefined ? undefined : state.registry.authenticate(match[1]);
}

function listOrganizations(state: ServerState, request: ApiRequestData, caller: TokenRecord): ApiResponse {
  if (!isOrgGroupToken(caller)) {
    return error(403, 'Only org-group tokens may list organizations.');
  }
  return paginate(state, request, 'organizations', state.organizations);
}

function getOrganization(state: ServerState, organizationId: string, caller: TokenRecord): ApiResponse {
  const organization = findOrganization(state, organizationId);
  const visible = isOrgGroupToken(caller) || caller.metadata.organizationId === organizationId;
  if (organization === undefined || !visible) {
    return error(404, `Organization ${organizationId} not found.`);
  }
  return ok(organization);
}

function listTokens(state: ServerState, request: ApiRequestData, caller: TokenRecord): ApiResponse {
  const selector = request.query[ORGANIZATION_SELECTOR_QUERY];
  let organizationId: string;

  if (isOrgGroupToken(caller)) {
    if (selector === undefined || selector === '') {
      return error(400, `Missing selector: an org-group token must pass the ${ORGANIZATION_SELECTOR_QUERY} query parameter.`);
    }
    if (findOrganization(state, selector) === undefined) {
      return error(404, `Organization ${selector} not found.`);
    }
    organizationId = selector;
  } else {
    organizationId = caller.metadata.organizationId;
    if (selector !== undefined && selector !== organizationId) {
      return error(403, 'An organization token may only list the tokens of its own organization.');
    }
  }

  const tokens = state.registry.listOrganizationTokens(organizationId);
  return paginate(state, request, `tokens:${organizationId}`, tokens);
}

function getToken(state: ServerState, tokenId: string, caller: TokenRecord): ApiResponse {
  const record = state.registry.find(tokenId);
  if (record === undefined || !canSee(state, caller, record)) {
    return error(404, `Token ${tokenId} not found.`);
  }
  return ok({ ...record.metadata });
}

function createToken(state: ServerState, request: ApiRequestData, caller: TokenRecord): ApiResponse {
  if (!isOrgGroupToken(caller)) {
    return error(403, 'Only org-group tokens can create tokens.');
  }

  const parsed = parseCreateBody(request.body);
  if (typeof parsed === 'string') {
    return error(400, parsed);
  }

  const organization = findOrganization(state, parsed.organizationId);
  if (organization === undefined) {
    return error(404, `Organization ${parsed.organizationId} not found.`);
  }
  if (organization.disabled === true) {
    return error(403, `Organization ${parsed.organizationId} is disabled, so no tokens can be created for it.`);
  }

  return ok(state.registry.issue(organization.id, parsed.tokenName, caller.metadata));
}

function revokeToken(state: ServerState, request: ApiRequestData, tokenId: string, caller: TokenRecord): ApiResponse {
  if (!isOrgGroupToken(caller)) {
    return error(403, 'Only org-group tokens can revoke tokens.');
  }

  const record = state.registry.find(tokenId);
  const selector = request.query[ORGANIZATION_SELECTOR_QUERY];
  const inSelectedOrganization = selector === undefined || record?.metadata.organizationId === selector;
  if (record === undefined || !canSee(state, caller, record) || isOrgGroupToken(record) || !inSelectedOrganization) {
    return error(404, `Token ${tokenId} not found.`);
  }
  return ok(state.registry.revoke(record));
}

/** Returns the body as `{ tokenName, organizationId }`, or a message saying what is invalid. */
function parseCreateBody(body: string): { tokenName: string; organizationId: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'The request body is not valid JSON.';
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The request body must be a JSON object with tokenName and organizationId.';
  }
  const { tokenName, organizationId } = value as Record<string, unknown>;

  if (typeof tokenName !== 'string' || tokenName.trim() === '') {
    return 'tokenName is missing or empty: it must be a non-empty string.';
  }
  if (typeof organizationId !== 'string' || organizationId === '') {
    return 'organizationId is missing or empty: it must be a non-empty string.';
  }
  return { tokenName, organizationId };
}

function paginate<T>(state: ServerState, request: ApiRequestData, listKey: string, items: readonly T[]): ApiResponse {
  const pageSizeText = request.query[PAGINATION_QUERY.pageSize];
  const cursor = request.query[PAGINATION_QUERY.cursor];

  let pageSize = state.maxPageSize;
  if (pageSizeText !== undefined) {
    if (!/^\d+$/.test(pageSizeText) || Number(pageSizeText) < 1) {
      return error(400, `${PAGINATION_QUERY.pageSize} must be a positive integer.`);
    }
    pageSize = Math.min(Number(pageSizeText), state.maxPageSize);
  }

  let offset = 0;
  if (cursor !== undefined) {
    const decoded = state.cursors.decode(listKey, cursor);
    if (decoded === undefined) {
      return error(400, 'The cursor is invalid or belongs to another list.');
    }
    offset = decoded;
  }

  const end = offset + pageSize;
  const data = items.slice(offset, end);
  return ok({ data, cursor: end < items.length ? state.cursors.encode(listKey, end) : null });
}

function findOrganization(state: ServerState, organizationId: string): SampleOrganization | undefined {
  return state.organizations.find((organization) => organization.id === organizationId);
}

function isOrgGroupToken(record: TokenRecord): boolean {
  return record.metadata.authorizedOrgGroupId !== null;
}

/** Every demo organization is in the demo org-group, so an org-group token may read every token. */
function canSee(state: ServerState, caller: TokenRecord, record: TokenRecord): boolean {
  if (isOrgGroupToken(caller)) {
    return findOrganization(state, record.metadata.organizationId) !== undefined;
  }
  return caller.metadata.organizationId === record.metadata.organizationId;
}

function matchId(pattern: RegExp, path: string): string | undefined {
  const encoded = pattern.exec(path)?.[1];
  if (encoded === undefined) {
    return undefined;
  }
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function ok(body: unknown): ApiResponse {
  return { status: 200, body };
}

function error(status: number, message: string): ApiResponse {
  return { status, body: { message } };
}
