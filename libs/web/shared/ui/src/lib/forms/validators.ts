import { type AbstractControl, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { MessageKey } from '@cabinet/web/shared/i18n';

/**
 * The same limits as the API's schemas (libs/shared/contracts), checked before sending so people
 * get translated messages at once. The API still checks everything.
 */
export const cabValidators = {
  /** Long passphrases beat complex rules: at least 12 characters, nothing else required. */
  newPassword: [Validators.required, Validators.minLength(12), Validators.maxLength(200)],
  currentPassword: [Validators.required, Validators.maxLength(200)],
  /** An email address or a username. */
  identifier: [notBlank(), Validators.maxLength(254)],
  email: [Validators.required, Validators.email, Validators.maxLength(254)],
  displayName: [notBlank(), Validators.maxLength(80)],
  organizationName: [notBlank(), Validators.minLength(2), Validators.maxLength(120)],
  username: [Validators.required, matches(/^\s*[a-zA-Z0-9][a-zA-Z0-9._-]{2,39}\s*$/, 'form.username')],
  setupCode: [Validators.required, matches(/^\s*[a-zA-Z0-9]{4}-?[a-zA-Z0-9]{4}\s*$/, 'form.setupCode')],
  authenticatorCode: [Validators.required, matches(/^\s*\d{6}\s*$/, 'form.authenticatorCode')],
} as const satisfies Record<string, ValidatorFn[]>;

/** Required, and more than spaces. */
export function notBlank(): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null =>
    typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;
}

/** A pattern whose failure message is a message key (shown by FormErrorText). */
export function matches(pattern: RegExp, messageKey: MessageKey): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (typeof value !== 'string' || value === '') return null;
    return pattern.test(value) ? null : { invalid: messageKey };
  };
}
