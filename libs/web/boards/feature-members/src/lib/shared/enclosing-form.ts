import { type Provider, inject } from '@angular/core';
import { type AbstractControl, ControlContainer } from '@angular/forms';

/**
 * For a component's `viewProviders`: its template's `formControlName`s bind to the form its host sits in,
 * as if written in that form's template (same controls, same submitted state, same `formcontrolname` attributes).
 */
export const enclosingFormGroup: Provider = { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) };

/** The error text of the enclosing form's control `name`; call in a field initialiser of such a component. */
export function fieldErrorText(errorOf: (control: AbstractControl | null | undefined) => string): (name: string) => string {
  const container = inject(ControlContainer, { skipSelf: true });
  return (name) => errorOf(container.control?.get(name));
}
