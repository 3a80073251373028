import { ApiError, isApiError } from '@cabinet/web/identity/data-access';

/**
 * The API reports problems by its own field names; where a form names a field differently (the
 * schedule form builds `recurrence` from "repeats" and "how many"), the error is moved onto the
 * field the person can change.
 */
export function renameFields(error: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!isApiError(error) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map((problem) => ({ ...problem, field: names[problem.field] ?? problem.field }));
  return new ApiError(error.status, error.code, error.message, fieldErrors, error.requestId, error.retryAfterSeconds);
}
