import { HttpErrorResponse, HttpEventType, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { CSRF_HEADER } from '@cabinet/shared/contracts';
import { catchError, tap, throwError } from 'rxjs';
import { SessionStore } from '../session/session.store';
import { ApiError } from './api-error';

/** Methods that change something: only these carry the CSRF token (reads must stay cacheable and harmless). */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Calls whose 401 is about what was typed (a password, a code) or that handle the session themselves,
 * rather than "your session has ended".
 */
const CHECKS_CREDENTIALS = [
  '/api/auth/session',
  '/api/auth/sign-in',
  '/api/auth/sign-out',
  '/api/auth/setup-code',
  '/api/auth/verify-email',
  '/api/invitations/',
  '/api/account/password',
  '/api/account/email',
  '/api/account/erase',
];

/** The API lives on the same origin, under /api. */
export function isApiUrl(url: string): boolean {
  return url.startsWith('/api/') || url === '/api';
}

/**
 * For every call to the API: send the session cookie, add the CSRF token to changes, count the call
 * as activity for the idle timer, and turn failures into a typed {@link ApiError}. A refusal because
 * the organisation requires two-step sign-in first sends the person to set it up.
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) return next(request);
  const session = inject(SessionStore);
  const csrfToken = session.csrfToken();
  const outgoing = request.clone({
    // Same-origin cookies go anyway with fetch's default; this also covers an API on a sibling origin.
    withCredentials: true,
    setHeaders: csrfToken && UNSAFE_METHODS.has(request.method) ? { [CSRF_HEADER]: csrfToken } : {},
  });
  return next(outgoing).pipe(
    tap((event) => {
      if (event.type === HttpEventType.Response) session.noteActivity();
    }),
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) return throwError(() => error);
      // The server saw the call (and so restarted its idle clock) unless it refused who we are.
      if (error.status !== 0 && error.status !== 401) session.noteActivity();
      if (error.status === 401 && !CHECKS_CREDENTIALS.some((path) => request.url.startsWith(path))) session.endedByServer();
      const apiError = ApiError.from(error);
      // The organisation requires two-step sign-in first: the same as the guard does for pages.
      if (apiError.status === 403 && apiError.code === 'second_factor_setup_required') session.twoFactorSetupNeeded();
      return throwError(() => apiError);
    }),
  );
};
