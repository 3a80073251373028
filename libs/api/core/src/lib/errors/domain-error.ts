import { ErrorCode, FieldError } from '@cabinet/shared/contracts';

/**
 * A refusal by the business rules (422 by default), with a message written for the person who
 * made the request. Use cases throw it; the exception filter turns it into the API error shape.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldError[],
    readonly status = 422,
    readonly code: ErrorCode = status === 404 ? ErrorCode.NotFound : status === 409 ? ErrorCode.Conflict : ErrorCode.ValidationFailed,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what = 'This item'): DomainError {
    return new DomainError(`${what} was not found.`, undefined, 404);
  }

  static linkExpired(message = 'This link has expired or was already used.'): DomainError {
    return new DomainError(message, undefined, 410, ErrorCode.LinkExpired);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError(`${field} ${message}`, [{ field, message }]);
  }
}
