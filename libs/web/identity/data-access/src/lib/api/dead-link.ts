import { isApiError } from './api-error';

/**
 * An emailed link (or setup code) that can no longer work: expired or used (410), unknown (404), or
 * so mangled the API refuses its token (422 on `token`). To the reader these are all "get a new one".
 */
export function isDeadLink(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.code === 'link_expired' || error.status === 410 || error.status === 404) return true;
  return error.status === 422 && error.fieldErrors.some((problem) => problem.field === 'token');
}
