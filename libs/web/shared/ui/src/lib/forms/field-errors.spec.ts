import { FormControl, FormGroup, Validators } from '@angular/forms';
import { applyFieldErrors, firstInvalidControl, focusFirstInvalid } from './field-errors';

function signUpForm() {
  return new FormGroup({
    organizationName: new FormControl('Harbour Outreach', { nonNullable: true }),
    email: new FormControl('robin@', { nonNullable: true }),
    password: new FormControl('short', { nonNullable: true, validators: [Validators.required] }),
  });
}

describe('applyFieldErrors', () => {
  it("puts each of the API's field messages on the control with that name, and keeps what was typed", () => {
    const form = signUpForm();

    const unmatched = applyFieldErrors(form, [
      { field: 'email', message: 'must be an email address such as name@example.org' },
      { field: 'password', message: 'must be at least 12 characters' },
    ]);

    expect(unmatched).toEqual([]);
    expect(form.controls.email.errors).toEqual({ server: 'must be an email address such as name@example.org' });
    expect(form.controls.password.errors).toEqual({ server: 'must be at least 12 characters' });
    expect(form.controls.organizationName.errors).toBeNull();
    expect(form.controls.email.touched).toBe(true);
    expect(form.getRawValue()).toEqual({ organizationName: 'Harbour Outreach', email: 'robin@', password: 'short' });
  });

  it('returns messages for fields the form does not have, for the summary', () => {
    const form = signUpForm();

    expect(applyFieldErrors(form, [{ field: '(body)', message: 'unexpected field "admin"' }])).toEqual(['unexpected field "admin"']);
  });

  it('lets the server error go as soon as the person edits the field', () => {
    const form = signUpForm();
    applyFieldErrors(form, [{ field: 'email', message: 'is already used' }]);

    form.controls.email.setValue('robin@example.org');

    expect(form.controls.email.errors).toBeNull();
  });
});

describe('focusFirstInvalid', () => {
  it('focuses the first invalid field in the order of the form', () => {
    const form = signUpForm();
    applyFieldErrors(form, [
      { field: 'password', message: 'must be at least 12 characters' },
      { field: 'email', message: 'must be an email address' },
    ]);
    const host = document.createElement('form');
    host.innerHTML = `
      <input formcontrolname="organizationName" />
      <input formcontrolname="email" />
      <input formcontrolname="password" />`;
    document.body.append(host);

    focusFirstInvalid(form, host);

    expect(firstInvalidControl(form)).toBe('email');
    expect(document.activeElement).toBe(host.querySelector('[formcontrolname="email"]'));
    host.remove();
  });
});
