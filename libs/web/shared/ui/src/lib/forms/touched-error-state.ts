import { Injectable, type Provider } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';

/**
 * A field shows its error once the person has left it, or has tried to send the form: FormSubmit
 * marks every field touched then, and the API's field errors mark theirs. Material's default also
 * shows errors while the form counts as "submitted", which stays true after a successful send and
 * a reset, so a form emptied for the next entry (a seat type, a password) would greet the person
 * with "required" errors on fields they have not touched.
 */
@Injectable()
export class TouchedErrorStateMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null): boolean {
    return !!control && control.invalid && control.touched;
  }
}

/** For the app's providers: every Material field uses {@link TouchedErrorStateMatcher}. */
export function provideTouchedErrorState(): Provider {
  return { provide: ErrorStateMatcher, useClass: TouchedErrorStateMatcher };
}
