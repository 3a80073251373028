import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { ApiErrorBody, ErrorCode, FieldError } from '@cabinet/shared/contracts';
import { isDependencyUnavailable } from './dependency-unavailable';
import { DomainError } from './domain-error';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.MalformedRequest,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.MalformedRequest,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ErrorCode.MalformedRequest,
  [HttpStatus.UNPROCESSABLE_ENTITY]: ErrorCode.ValidationFailed,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TooManyRequests,
  [HttpStatus.SERVICE_UNAVAILABLE]: ErrorCode.Unavailable,
};

export function fieldErrorsOf(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}

/** Errors raised by Fastify itself (bad JSON, wrong content type, body too large) carry a status code. */
function isFastifyError(error: unknown): error is Error & { statusCode: number; code?: string } {
  return error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number';
}

/**
 * One error shape for the whole API: a stable code, a plain message and, for bad input, the fields.
 * Anything unexpected becomes a 500 whose details stay in the log, never in the response.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest & { id?: string }>();
    const body = this.toBody(exception);
    body.requestId = String(request.raw?.id ?? request.id ?? '') || undefined;
    // An outage is one line per request, not a stack trace each: the cause is known and not in the code.
    if (body.code === ErrorCode.Unavailable && isDependencyUnavailable(exception)) {
      this.logger.warn(`A dependency is unavailable: ${(exception as Error).message}`);
      void reply.header('retry-after', '2');
    } else if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    // Throttles say how long to wait, so clients need not read it out of the message.
    const retryAfter = exception instanceof HttpException ? (exception.getResponse() as { retryAfterSeconds?: unknown }).retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(Math.ceil(retryAfter)));
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      const errors = zodError instanceof ZodError ? fieldErrorsOf(zodError) : [];
      return { statusCode: 422, code: ErrorCode.ValidationFailed, message: 'Some fields need attention.', errors };
    }
    if (exception instanceof DomainError) {
      return { statusCode: exception.status, code: exception.code, message: exception.message, errors: exception.fieldErrors };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      const explicitCode = typeof response === 'object' ? (response as { code?: ErrorCode }).code : undefined;
      return {
        statusCode: status,
        code: explicitCode ?? CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.MalformedRequest),
        message: Array.isArray(message) ? message.join('; ') : String(message),
      };
    }
    if (isFastifyError(exception) && exception.statusCode >= 400 && exception.statusCode < 500) {
      return { statusCode: exception.statusCode, code: CODE_BY_STATUS[exception.statusCode] ?? ErrorCode.MalformedRequest, message: exception.message };
    }
    if (isDependencyUnavailable(exception)) {
      // Postgres restarting or unreachable; the pool reconnects by itself. A connection lost during
      // a commit may still have saved the change, so the message does not promise otherwise.
      return { statusCode: 503, code: ErrorCode.Unavailable, message: 'Cabinet is briefly unavailable. Your last change may not have been saved: please check, then try again in a moment.' };
    }
    return { statusCode: 500, code: ErrorCode.Internal, message: 'Something went wrong on our side. Nothing was changed; please try again.' };
  }
}
