import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** A path id that is not even a uuid names nothing here: the same 404 as another organisation's id. */
export const idParam = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => DomainError.notFound(what) });
