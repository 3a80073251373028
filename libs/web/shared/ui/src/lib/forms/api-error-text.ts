import { Injectable, inject } from '@angular/core';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';

/** The parts of an API error that decide what to tell people (structural, so this library needs no data-access). */
export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  retryAfterSeconds?: number | null;
}

const KNOWN_CODES: Readonly<Record<string, MessageKey>> = {
  validation_failed: 'error.validation_failed',
  malformed_request: 'error.malformed_request',
  unauthenticated: 'error.unauthenticated',
  second_factor_required: 'error.second_factor_required',
  second_factor_setup_required: 'error.second_factor_setup_required',
  forbidden: 'error.forbidden',
  not_found: 'error.not_found',
  conflict: 'error.conflict',
  link_expired: 'error.link_expired',
  too_many_requests: 'error.too_many_requests',
  unavailable: 'error.unavailable',
  internal_error: 'error.internal_error',
  network_error: 'error.network_error',
};

/** Turns an API error code into one short sentence in the reader's language. */
@Injectable({ providedIn: 'root' })
export class ApiErrorText {
  private readonly t = inject(I18nService).t;

  readonly of = (problem: ApiProblem | unknown): string => {
    if (!isApiProblem(problem)) return this.t('error.unknown');
    if (problem.code === 'too_many_requests') {
      const minutes = waitMinutes(problem);
      return minutes === null ? this.t('error.too_many_requests') : this.t('error.too_many_requests.wait', { minutes });
    }
    const key = KNOWN_CODES[problem.code] ?? (problem.status >= 500 ? 'error.internal_error' : 'error.unknown');
    return this.t(key);
  };
}

export function isApiProblem(value: unknown): value is ApiProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiProblem).status === 'number' &&
    typeof (value as ApiProblem).code === 'string'
  );
}

/** From Retry-After, or else from the API's English message ("Please wait 12 minutes"), so the wait survives translation. */
function waitMinutes(problem: ApiProblem): number | null {
  if (typeof problem.retryAfterSeconds === 'number') return Math.max(1, Math.ceil(problem.retryAfterSeconds / 60));
  const match = /(\d+)\s*minute/i.exec(problem.message);
  return match ? Math.max(1, Number(match[1])) : null;
}
