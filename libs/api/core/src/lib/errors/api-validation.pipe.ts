import { type ArgumentMetadata, Injectable } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
import { ErrorCode, type FieldError } from '@cabinet/shared/contracts';
import { DomainError } from './domain-error';

/** Where in a request's body or query a string holds a NUL character, as zod names fields ("items.0.title"). */
export function nulCharacterFields(value: unknown, path: Array<string | number> = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.') || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulCharacterFields(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nulCharacterFields(item, [...path, key]));
  return [];
}

/**
 * The zod validation of every body and query, and one rule no schema states: text holds no NUL
 * character. JSON allows it ("\u0000"), Postgres text cannot store it, so it would otherwise
 * fail in the database as a 500 instead of a 422 naming the field.
 */
@Injectable()
export class ApiValidationPipe extends ZodValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const parsed: unknown = super.transform(value, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fields = nulCharacterFields(parsed, metadata.data ? [metadata.data] : []);
      if (fields.length) {
        const errors: FieldError[] = fields.map((field) => ({ field, message: 'must not contain a NUL character' }));
        throw new DomainError('Some fields need attention.', errors, 422, ErrorCode.ValidationFailed);
      }
    }
    return parsed;
  }
}
