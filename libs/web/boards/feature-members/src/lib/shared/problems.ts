import type { FormGroup } from '@angular/forms';
import { isApiError } from '@cabinet/web/identity/data-access';
import type { FormSubmit } from '@cabinet/web/shared/ui';

/** The API writes "would be term 3 in a row…" to follow a field name; alone, it starts a sentence. */
function sentence(message: string): string {
  const trimmed = message.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/**
 * The API's own reasons for a refusal that no field on screen can show (a 422 on `to`, say), as
 * sentences. These say exactly why ("this would be term 3 in a row"), which a generic message cannot.
 */
export function unmatchedReasons(error: unknown, form?: FormGroup): string[] {
  if (!isApiError(error)) return [];
  return error.fieldErrors.filter((problem) => !problem.field || !form?.get(problem.field)).map((problem) => sentence(problem.message));
}

/** {@link FormSubmit.fail}, then the API's reasons in place of a generic summary when it gave any. */
export function failWithReasons(submission: FormSubmit, form: FormGroup, error: unknown): string | null {
  const code = submission.fail(error);
  const reasons = unmatchedReasons(error, form);
  if (reasons.length > 0) submission.problem.set(reasons.join(' '));
  return code;
}

/** For a button without a form: the API's reasons, or else the generic sentence for the error. */
export function problemText(error: unknown, generic: (error: unknown) => string): string {
  const reasons = unmatchedReasons(error);
  return reasons.length > 0 ? reasons.join(' ') : generic(error);
}
