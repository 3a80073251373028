import type { AbstractControl, FormGroup } from '@angular/forms';

/** A problem with one field, as the API reports it (`field` is a dotted path such as "members.0.email"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Puts the API's field messages on the matching controls (as a `server` error, shown by mat-error)
 * and marks them touched so they show at once. What the person typed stays as it was; the error goes
 * away as soon as they change the field. Returns the messages that match no control, for a summary.
 */
export function applyFieldErrors(form: FormGroup, problems: readonly FieldProblem[]): string[] {
  const unmatched: string[] = [];
  for (const { field, message } of problems) {
    const control = form.get(field);
    if (!control || field === '') {
      unmatched.push(message);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: message });
    control.markAsTouched();
  }
  return unmatched;
}

/** The name of the first invalid control, in the order the form declares them (which is the order on screen). */
export function firstInvalidControl(form: FormGroup): string | null {
  return Object.entries(form.controls).find(([, control]: [string, AbstractControl]) => control.invalid && control.enabled)?.[0] ?? null;
}

/**
 * Moves keyboard focus to the first invalid field after a failed submit, so screen-reader users hear
 * the field and its error, and everyone sees where to start.
 */
export function focusFirstInvalid(form: FormGroup, host: HTMLElement): void {
  const name = firstInvalidControl(form);
  if (!name) return;
  const element = Array.from(host.querySelectorAll<HTMLElement>('[formcontrolname]')).find(
    (candidate) => candidate.getAttribute('formcontrolname') === name,
  );
  if (!element) return;
  const target =
    element.matches('input, select, textarea, [tabindex]') ? element : element.querySelector<HTMLElement>('input:checked, input, select, textarea, [tabindex]');
  target?.focus();
}
