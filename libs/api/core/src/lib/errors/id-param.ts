import { ParseUUIDPipe } from '@nestjs/common';
import { BOARD_SLUG_PATTERN } from '@cabinet/shared/contracts';
import { DomainError } from './domain-error';

/** A path id that is not even a uuid names nothing here: the same 404 as another organisation's id. */
export const idParam = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => DomainError.notFound(what) });

/** A slug that could not be any board's web address is the same 404 as one nobody uses. */
export const slugParam = {
  transform: (value: string): string => {
    if (!BOARD_SLUG_PATTERN.test(value)) throw DomainError.notFound('This board');
    return value;
  },
};
