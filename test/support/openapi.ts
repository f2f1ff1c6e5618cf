/**
 * Checks responses against Siro's OpenAPI document, so the local server the
 * tests run against cannot drift from the real API's declared shapes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

import { startSiroServer, type SiroServer, type SiroServerOptions } from '../../src/demo/siro-server.js';

const addFormats = addFormatsModule.default;

/** The document sits next to the repository, in ../shared/siro-api. */
const SPEC_URL = new URL('../../../shared/siro-api/openapi.json', import.meta.url);

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;

  /** Validators of the declared responses, by status code. */
  responses: Map<string, ValidateFunction>;
}

let operations: Operation[] | undefined;

/**
 * Validates one response against the document. Returns the problems found,
 * empty when the body matches. Non-2xx responses are not checked, because
 * the document declares no error responses.
 */
export function validateSiroResponse(method: string, path: string, status: number, body: unknown): string[] {
  if (status < 200 || status >= 300) {
    return [];
  }

  const operation = findOperation(method, path);
  if (operation === undefined) {
    return [`${method} ${path} is not an operation of the OpenAPI document.`];
  }

  const validate = operation.responses.get(String(status));
  if (validate === undefined) {
    return [`${method} ${operation.template} declares no ${status} response.`];
  }
  if (validate(body)) {
    return [];
  }
  return (validate.errors ?? []).map(
    (error) => `${method} ${path} ${status}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`,
  );
}

export interface CheckedSiroServer {
  server: SiroServer;

  /** Problems found in the server's own responses so far; responses made by fault rules are skipped. */
  violations: string[];
}

/** Starts the local server with every response it sends checked against the document. */
export async function startCheckedSiroServer(options: SiroServerOptions = {}): Promise<CheckedSiroServer> {
  const violations: string[] = [];

  const server = await startSiroServer({
    ...options,
    onResponse(response) {
      if (!response.injected) {
        violations.push(...validateSiroResponse(response.method, response.path, response.status, response.body));
      }
      options.onResponse?.(response);
    },
  });
  return { server, violations };
}

function findOperation(method: string, path: string): Operation | undefined {
  operations ??= compileOperations();
  return operations.find((operation) => operation.method === method.toUpperCase() && operation.pattern.test(path));
}

function compileOperations(): Operation[] {
  const specPath = fileURLToPath(SPEC_URL);
  if (!existsSync(specPath)) {
    throw new Error(
      `The Siro OpenAPI document was not found at ${specPath}. The tests expect it in ../shared/siro-api/openapi.json next to the repository.`,
    );
  }

  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as OpenApiDocument;
  // strict: false because OpenAPI 3.0 schemas may carry keywords that are not
  // JSON Schema, such as `example` or `x-` extensions. Ajv 8 reads `nullable`.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);

  const compiled: Operation[] = [];
  for (const [template, pathItem] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(pathItem)) {
      const responses = new Map<string, ValidateFunction>();
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        if (schema !== undefined) {
          responses.set(status, ajv.compile(schema));
        }
      }
      compiled.push({ method: method.toUpperCase(), template, pattern: templatePattern(template), responses });
    }
  }
  return compiled;
}

/** Turns `/v1/core/auth/tokens/{id}` into a pattern that matches one path segment per parameter. */
function templatePattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${escaped}$`);
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>
  >;
}
