import { Injectable, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { I18nService, type MessageKey, isMessageKey } from '@cabinet/web/shared/i18n';

/**
 * The words under a field that needs attention. Client-side checks are translated; a message from
 * the API (English for now) is shown as the API wrote it, because it is the most specific.
 * Custom validators report `{ invalid: '<message key>' }`.
 */
@Injectable({ providedIn: 'root' })
export class FormErrorText {
  private readonly t = inject(I18nService).t;

  readonly of = (control: AbstractControl | null | undefined): string => {
    const errors = control?.errors;
    if (!errors) return '';
    if (typeof errors['server'] === 'string') return sentence(errors['server']);
    if (errors['required']) return this.t('form.required');
    if (errors['email']) return this.t('form.email');
    if (errors['minlength']) return this.t('form.minLength', { min: (errors['minlength'] as { requiredLength: number }).requiredLength });
    if (errors['maxlength']) return this.t('form.maxLength', { max: (errors['maxlength'] as { requiredLength: number }).requiredLength });
    const key: unknown = errors['invalid'];
    if (isMessageKey(key)) return this.t(key as MessageKey);
    return this.t('form.invalid');
  };
}

/** The API writes "must be at least 12 characters" to follow a field name; under the field it starts a sentence. */
function sentence(message: string): string {
  const trimmed = message.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
