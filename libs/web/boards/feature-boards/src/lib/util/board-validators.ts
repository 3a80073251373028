import { type AbstractControl, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import { matches, notBlank } from '@cabinet/web/shared/ui';

/** A whole number within [min, max]; empty passes (add Validators.required where a number is needed). */
export function wholeNumber(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (value === null || value === undefined || value === '') return null;
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isInteger(number) && number >= min && number <= max ? null : { invalid: 'boards.form.wholeNumber' };
  };
}

/** The same limits as the API's board schemas (libs/shared/contracts/boards), checked before sending. */
export const boardValidators = {
  name: [notBlank(), Validators.maxLength(120)],
  purpose: [Validators.maxLength(4000)],
  slug: [matches(/^\s*[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])\s*$/, 'boards.form.slug')],
  seatName: [notBlank(), Validators.maxLength(80)],
  targetLabel: [notBlank(), Validators.maxLength(80)],
  stepName: [notBlank(), Validators.maxLength(120)],
} as const satisfies Record<string, ValidatorFn[]>;

/** A number field's value for the API: empty is null, anything else a number. */
export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  return Number(value);
}
