import fc from 'fast-check';
import type { ZodType } from 'zod';
import type { HostileBody } from './hostile-values';

/** The API's JSON body limit (create-api-app.ts): a larger body is refused before it is parsed. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * What the API must answer a body with, worked out here with the route's own schema: a body that
 * is not JSON (or poisons prototypes) is a 400, one too large a 413, one the schema refuses a 422
 * naming exactly the fields zod names, and one with a NUL or half a surrogate pair a 422 naming where. A body the
 * schema takes reaches the use case, which may take it or refuse it, but never with a 5xx.
 */
export type Expectation = { status: 400 | 413 } | { status: 422; fields: string[] } | { status: 'reaches the use case' };

const NOT_JSON = Symbol('not JSON');

/** Parses as Fastify's default JSON parser does (secure-json-parse: a leading BOM is dropped, __proto__ and constructor.prototype are errors). */
function parseLikeFastify(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '');
  if (trimmed.trim() === '') return NOT_JSON;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return NOT_JSON;
  }
  return poisons(parsed) ? NOT_JSON : parsed;
}

/** Walks without recursion: a body may nest 200 000 deep. */
function* walk(value: unknown): Generator<{ value: unknown; path: Array<string | number> }> {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value, path: [] }];
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    if (next.value && typeof next.value === 'object') {
      for (const [key, item] of Object.entries(next.value)) stack.push({ value: item, path: [...next.path.slice(0, 40), Array.isArray(next.value) ? Number(key) : key] });
    }
  }
}

function poisons(value: unknown): boolean {
  for (const { value: node } of walk(value)) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
    if (Object.prototype.hasOwnProperty.call(node, '__proto__')) return true;
    const ctor = (node as Record<string, unknown>)['constructor'];
    if (Object.prototype.hasOwnProperty.call(node, 'constructor') && ctor && typeof ctor === 'object' && Object.prototype.hasOwnProperty.call(ctor, 'prototype')) return true;
  }
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text Postgres cannot store (a NUL, half a surrogate pair): the validation pipe refuses it after the schema. */
function unstorableFields(value: unknown): string[] {
  const found: string[] = [];
  for (const { value: node, path } of walk(value)) if (typeof node === 'string' && (node.includes('\u0000') || LONE_SURROGATE.test(node))) found.push(path.join('.') || '(body)');
  return found;
}

const unique = (fields: string[]) => [...new Set(fields)].sort();

export function expectationFor(schema: ZodType | null, text: string): Expectation {
  if (Buffer.byteLength(text) > JSON_BODY_LIMIT_BYTES) return { status: 413 };
  const parsed = parseLikeFastify(text);
  if (parsed === NOT_JSON) return { status: 400 };
  if (!schema) return { status: 'reaches the use case' };
  const result = schema.safeParse(parsed);
  if (!result.success) return { status: 422, fields: unique(result.error.issues.map((issue) => issue.path.map(String).join('.') || '(body)')) };
  const unstorable = unstorableFields(result.data);
  return unstorable.length ? { status: 422, fields: unique(unstorable) } : { status: 'reaches the use case' };
}

/** Prints a generated body by what it is and how long, not its 100 kB of text, when a property fails. */
export function printable(body: HostileBody): HostileBody {
  return Object.assign(body, { [fc.toStringMethod]: () => `${body.label} (${body.text?.length ?? 0} chars${body.text && body.text.length < 200 ? `: ${body.text}` : ''})` });
}

/** Fails instead of waiting forever: a request the API never answers is a failure too. */
export function answeredWithin<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
