import { HttpErrorResponse } from '@angular/common/http';
import type { FieldError } from '@cabinet/shared/contracts';

/**
 * Codes the web app reacts to. The API's codes plus `network_error`, for when no answer came back
 * at all (offline, or the API is down). Kept open (`string & {}`) so a code added on the API side
 * still type-checks and falls back to a generic message.
 */
export type ApiErrorCode =
  | 'validation_failed'
  | 'malformed_request'
  | 'unauthenticated'
  | 'second_factor_required'
  | 'second_factor_setup_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'link_expired'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal_error'
  | 'network_error'
  | (string & {});

const CODE_BY_STATUS: Readonly<Record<number, ApiErrorCode>> = {
  0: 'network_error',
  400: 'malformed_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'link_expired',
  422: 'validation_failed',
  429: 'too_many_requests',
  503: 'unavailable',
};

/** An API failure in the shape the API promises: `{ statusCode, code, message, errors?, requestId }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Per-field problems, with the API's dotted field paths ("email", "members.0.email"). */
    readonly fieldErrors: readonly FieldError[] = [],
    readonly requestId: string | null = null,
    /** From the Retry-After header of a 429, when the API sends one. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  /** Reads the API's error body, and survives bodies that are not (proxy error pages, blobs, offline). */
  static from(response: HttpErrorResponse): ApiError {
    const body: unknown = response.error;
    const record = typeof body === 'object' && body !== null && !(body instanceof Blob) ? (body as Record<string, unknown>) : {};
    const code = typeof record['code'] === 'string' ? record['code'] : (CODE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'internal_error' : 'malformed_request'));
    const message = typeof record['message'] === 'string' ? record['message'] : response.message;
    const requestId = typeof record['requestId'] === 'string' ? record['requestId'] : null;
    return new ApiError(response.status, code, message, fieldErrorsOf(record['errors']), requestId, retryAfterOf(response));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function fieldErrorsOf(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (item): item is FieldError =>
      typeof item === 'object' && item !== null && typeof (item as FieldError).field === 'string' && typeof (item as FieldError).message === 'string',
  );
}

function retryAfterOf(response: HttpErrorResponse): number | null {
  const header = response.headers?.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}
