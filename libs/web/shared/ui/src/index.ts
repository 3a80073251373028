export { type FieldProblem, applyFieldErrors, firstInvalidControl, focusFirstInvalid } from './lib/forms/field-errors';
export { FormErrorText } from './lib/forms/form-error-text';
export { type ApiProblem, ApiErrorText, isApiProblem } from './lib/forms/api-error-text';
export { FormStatusComponent } from './lib/status/form-status.component';
export { PasswordToggleComponent } from './lib/password-toggle/password-toggle.component';
export { ROLE_LABEL_KEYS } from './lib/labels/labels';
export { FormSubmit, formSubmit } from './lib/forms/form-submit';
export { cabValidators, matches, notBlank } from './lib/forms/validators';
export { formatDate, formatDateTime } from './lib/labels/format-date';
