export { type FieldProblem, applyFieldErrors, firstInvalidControl, focusFirstInvalid } from './lib/forms/field-errors';
export { FormErrorText } from './lib/forms/form-error-text';
export { type ApiProblem, ApiErrorText, isApiProblem } from './lib/forms/api-error-text';
export { FormStatusComponent } from './lib/status/form-status.component';
export { PasswordToggleComponent } from './lib/password-toggle/password-toggle.component';
export { ROLE_LABEL_KEYS } from './lib/labels/labels';
export { FormSubmit, formSubmit } from './lib/forms/form-submit';
export { provideTouchedErrorState, TouchedErrorStateMatcher } from './lib/forms/touched-error-state';
export { cabValidators, matches, notBlank } from './lib/forms/validators';
export { dateLocale, formatDate, formatDateTime, formatDay } from './lib/labels/format-date';
export {
  BOARD_ROLE_LABEL_KEYS,
  COMPOSITION_TAG_LABEL_KEYS,
  END_REASON_LABEL_KEYS,
  MEMBER_SOURCE_LABEL_KEYS,
  MEMBER_STATUS_LABEL_KEYS,
  ONBOARDING_KIND_LABEL_KEYS,
  QUORUM_KIND_LABEL_KEYS,
  SEAT_KIND_LABEL_KEYS,
  VOTE_THRESHOLD_LABEL_KEYS,
} from './lib/labels/board-labels';
