import { type AbstractControl, FormControl, FormGroup } from '@angular/forms';
import { type CreateGrantInput, createGrantSchema } from '@cabinet/shared/contracts';

export interface GrantControls {
  title: FormControl<string>;
  reference: FormControl<string>;
  granteeEmail: FormControl<string>;
  startsOn: FormControl<string>;
  endsOn: FormControl<string>;
  boardsNote: FormControl<string>;
  packIds: FormControl<string[]>;
}
export type GrantForm = FormGroup<GrantControls>;

/** A problem with one field, from the schema here or the API's 422. */
export interface GrantProblem {
  field: string;
  message: string;
}

/** The controls have no validators of their own: the contracts' schema decides, here as in the API. */
export function grantForm(startsOn: string): GrantForm {
  return new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    reference: new FormControl('', { nonNullable: true }),
    granteeEmail: new FormControl('', { nonNullable: true }),
    startsOn: new FormControl(startsOn, { nonNullable: true }),
    endsOn: new FormControl('', { nonNullable: true }),
    boardsNote: new FormControl('', { nonNullable: true }),
    packIds: new FormControl<string[]>([], { nonNullable: true }),
  });
}

/** What the form holds, in the shape the schema reads: empty optional fields as null. */
export function grantValue(form: GrantForm): unknown {
  const { title, reference, granteeEmail, startsOn, endsOn, boardsNote, packIds } = form.getRawValue();
  return { title, reference: reference.trim() || null, granteeEmail: granteeEmail.trim(), startsOn, endsOn: endsOn || null, boardsNote, packIds };
}

/** Valid: the grant to send, trimmed as the schema trims. Not: each problem put on its field, and null. */
export function validGrant(form: GrantForm): CreateGrantInput | null {
  const parsed = createGrantSchema.safeParse(grantValue(form));
  if (parsed.success) return parsed.data;
  applyGrantProblems(
    form,
    parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  );
  return null;
}

/**
 * Puts each problem on its control ("packIds.0" on the pack choices) as a `schema` error, shown
 * until the field changes; returns the messages no control takes, for the form's summary.
 */
export function applyGrantProblems(form: GrantForm, problems: readonly GrantProblem[]): string[] {
  const unmatched: string[] = [];
  for (const problem of problems) {
    const control = controlFor(form, problem.field);
    if (!control) {
      unmatched.push(problem.message);
      continue;
    }
    if (!control.hasError('schema')) control.setErrors({ ...(control.errors ?? {}), schema: problem.message });
    control.markAsTouched();
  }
  return unmatched;
}

function controlFor(form: GrantForm, field: string): AbstractControl | null {
  const name = field.split('.')[0] ?? '';
  return Object.hasOwn(form.controls, name) ? form.get(name) : null;
}
