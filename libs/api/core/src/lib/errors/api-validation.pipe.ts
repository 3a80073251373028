import { type ArgumentMetadata, Injectable } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
import { ErrorCode, type FieldError } from '@cabinet/shared/contracts';
import { DomainError } from './domain-error';

/** Half of a UTF-16 surrogate pair without its other half: not a character, and not valid in UTF-8 or in Postgres' JSON. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Node {
  value: unknown;
  key?: string | number;
  parent?: Node;
}

const pathOf = (node: Node): string => {
  const keys: Array<string | number> = [];
  for (let at: Node | undefined = node; at?.parent; at = at.parent) keys.push(at.key!);
  return keys.reverse().join('.') || '(body)';
};

/**
 * Where in a request's body or query a string holds text Postgres cannot store, named as zod names
 * fields ("items.0.title"): a NUL character (text columns refuse it) or a lone surrogate (JSON
 * columns, such as audit details, refuse it). Walks without recursion, as JSON may nest deeper
 * than the call stack.
 */
export function unstorableTextFields(value: unknown, path: Array<string | number> = []): FieldError[] {
  const found: FieldError[] = [];
  let root: Node = { value };
  for (const key of path) root = { value, key, parent: root };
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.value === 'string') {
      if (node.value.includes('\u0000')) found.push({ field: pathOf(node), message: 'must not contain a NUL character' });
      else if (LONE_SURROGATE.test(node.value)) found.push({ field: pathOf(node), message: 'must not contain a lone surrogate (text that is not valid Unicode)' });
    } else if (node.value && typeof node.value === 'object') {
      const entries = Array.isArray(node.value) ? node.value.map((item, index) => [index, item] as const) : Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], key: entries[i]![0], parent: node });
    }
  }
  return found;
}

/** Refuses a parsed body or query holding text that cannot be stored, with a 422 naming each field. */
export function refuseUnstorableText(value: unknown, path: Array<string | number> = []): void {
  const errors = unstorableTextFields(value, path);
  if (errors.length) throw new DomainError('Some fields need attention.', errors, 422, ErrorCode.ValidationFailed);
}

/**
 * The zod validation of every body and query, and one rule no schema states: text is storable
 * (no NUL character, no lone surrogate). JSON allows both ("\u0000", "\ud800"), Postgres cannot
 * store them, so they would otherwise fail in the database as a 500 instead of a 422 naming the field.
 */
@Injectable()
export class ApiValidationPipe extends ZodValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const parsed: unknown = super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') refuseUnstorableText(parsed, metadata.data ? [metadata.data] : []);
    return parsed;
  }
}
