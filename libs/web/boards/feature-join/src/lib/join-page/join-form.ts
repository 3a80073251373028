import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { PublicApplicationInput } from '@cabinet/shared/contracts';
import { cabValidators, matches } from '@cabinet/web/shared/ui';

/** The same pattern as the contracts' phone rule, so a typo is caught before sending. */
const PHONE = /^\s*\+?[0-9 ()./-]{6,30}\s*$/;

/** The email field carries the "one way to reach you" rule, so the message sits where people start typing. */
function emailOrPhone(phone: () => AbstractControl | null): ValidatorFn {
  return (email: AbstractControl): ValidationErrors | null => {
    const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
    return blank(email.value) && blank(phone()?.value) ? { invalid: 'join.contactMissing' } : null;
  };
}

export function createJoinForm() {
  const phone = new FormControl('', { nonNullable: true, validators: [matches(PHONE, 'join.phoneInvalid')] });
  const form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: cabValidators.displayName }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254), emailOrPhone(() => phone)] }),
    phone,
    seatTypeId: new FormControl('', { nonNullable: true }),
    about: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    consent: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
    // Honeypot: hidden from people and assistive technology; only form-filling robots put anything here.
    website: new FormControl('', { nonNullable: true }),
  });
  // A phone number satisfies the email field's "one of the two" rule: check it again when the phone changes.
  phone.valueChanges.subscribe(() => form.controls.email.updateValueAndValidity({ emitEvent: false }));
  return form;
}

export type JoinForm = ReturnType<typeof createJoinForm>;

/** What the API is sent: blanks become null, and the honeypot goes as it is so the API can spot robots. */
export function joinInput(form: JoinForm): PublicApplicationInput {
  const value = form.getRawValue();
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    displayName: value.displayName.trim(),
    email: orNull(value.email)?.toLowerCase() ?? null,
    phone: orNull(value.phone),
    seatTypeId: value.seatTypeId || null,
    about: value.about.trim(),
    consent: true,
    website: value.website,
  };
}
