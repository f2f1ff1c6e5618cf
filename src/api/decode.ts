/**
 * Hand-written decoders for the 2xx bodies the client reads. They check the
 * fields the app uses against the types the OpenAPI document declares, and
 * ignore every other field (such as an organization's `integrations`), so a
 * change in a field the app does not read cannot break it.
 */
import type { CreatedToken, Organization, TokenMetadata } from './types.js';

/** A body that does not match the document. `field` is a path such as `data[2].tokenId`. */
export class ResponseShapeError extends Error {
  readonly field: string;

  constructor(field: string, problem: string) {
    super(field === '' ? `the body ${problem}` : `field "${field}" ${problem}`);
    this.name = 'ResponseShapeError';
    this.field = field;
  }
}

/** One page of a list call: its items and the cursor of the next page, null on the last. */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

type JsonObject = Record<string, unknown>;

export function decodeTokenMetadata(value: unknown, at = ''): TokenMetadata {
  const object = requireObject(value, at);

  return {
    tokenId: requireString(object, 'tokenId', at),
    tokenName: requireString(object, 'tokenName', at),
    organizationId: requireString(object, 'organizationId', at),
    authorizedOrgGroupId: requireNullableString(object, 'authorizedOrgGroupId', at),
    parentOrgGroupTokenId: requireNullableString(object, 'parentOrgGroupTokenId', at),
    createdAt: requireString(object, 'createdAt', at),
    createdBy: requireNullableString(object, 'createdBy', at),
  };
}

/** Decodes the create response. An empty `token` is rejected because the secret is all the caller needs. */
export function decodeCreatedToken(value: unknown): CreatedToken {
  const metadata = decodeTokenMetadata(value);
  const token = requireString(value as JsonObject, 'token', '');

  if (token === '') {
    throw new ResponseShapeError('token', 'is empty');
  }
  return { ...metadata, token };
}

/** Decodes an organization. `name` and `disabled` are optional in the document: null or absent reads as null and false. */
export function decodeOrganization(value: unknown, at = ''): Organization {
  const object = requireObject(value, at);

  return {
    id: requireString(object, 'id', at),
    name: optionalString(object, 'name', at) ?? null,
    disabled: optionalBoolean(object, 'disabled', at) ?? false,
  };
}

export function decodeOrganizationPage(value: unknown): Page<Organization> {
  return decodePage(value, decodeOrganization);
}

export function decodeTokenPage(value: unknown): Page<TokenMetadata> {
  return decodePage(value, decodeTokenMetadata);
}

function decodePage<T>(value: unknown, decodeItem: (item: unknown, at: string) => T): Page<T> {
  const object = requireObject(value, '');

  const data = object['data'];
  if (data === undefined) {
    throw new ResponseShapeError('data', 'is missing');
  }
  if (!Array.isArray(data)) {
    throw new ResponseShapeError('data', `must be an array, but is ${describeJsonType(data)}`);
  }

  const items = data.map((item: unknown, index) => decodeItem(item, `data[${index}]`));
  const cursor = requireNullableString(object, 'cursor', '');
  return { items, cursor };
}

function requireObject(value: unknown, at: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ResponseShapeError(at, `must be a JSON object, but is ${describeJsonType(value)}`);
  }
  return value as JsonObject;
}

function requireString(object: JsonObject, key: string, at: string): string {
  const value = object[key];
  if (value === undefined) {
    throw new ResponseShapeError(joinField(at, key), 'is missing');
  }
  if (typeof value !== 'string') {
    throw new ResponseShapeError(joinField(at, key), `must be a string, but is ${describeJsonType(value)}`);
  }
  return value;
}

function requireNullableString(object: JsonObject, key: string, at: string): string | null {
  const value = object[key];
  if (value === undefined) {
    throw new ResponseShapeError(joinField(at, key), 'is missing');
  }
  if (value !== null && typeof value !== 'string') {
    throw new ResponseShapeError(joinField(at, key), `must be a string or null, but is ${describeJsonType(value)}`);
  }
  return value;
}

function optionalString(object: JsonObject, key: string, at: string): string | undefined {
  const value = object[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new ResponseShapeError(joinField(at, key), `must be a string, but is ${describeJsonType(value)}`);
  }
  return value;
}

function optionalBoolean(object: JsonObject, key: string, at: string): boolean | undefined {
  const value = object[key];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'boolean') {
    throw new ResponseShapeError(joinField(at, key), `must be a boolean, but is ${describeJsonType(value)}`);
  }
  return value;
}

function joinField(at: string, key: string): string {
  return at === '' ? key : `${at}.${key}`;
}

function describeJsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    return 'an object';
  }
  return `a ${typeof value}`;
}
