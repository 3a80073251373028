import { type AbstractControl, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';

/** Required only while `when()` holds (re-check the control when what it depends on changes). */
export function requiredWhen(when: () => boolean): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => (when() ? Validators.required(control) : null);
}
