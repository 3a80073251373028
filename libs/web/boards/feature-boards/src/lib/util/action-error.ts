import { Injectable, inject } from '@angular/core';
import { isApiError } from '@cabinet/web/identity/data-access';
import { ApiErrorText } from '@cabinet/web/shared/ui';

/**
 * The words for a refused action outside a form (remove a seat type, revoke a link). A 422 carries
 * the API's own reason ("3 people sit in this seat type"), the most useful thing to show, as
 * FormErrorText does for field messages; other failures get the usual translated sentence.
 */
@Injectable({ providedIn: 'root' })
export class ActionErrorText {
  private readonly apiErrorText = inject(ApiErrorText).of;

  readonly of = (error: unknown): string => {
    if (isApiError(error) && error.status === 422) {
      const reasons = [error.message, ...error.fieldErrors.map((problem) => problem.message)].map((text) => text.trim()).filter((text) => text !== '');
      if (reasons.length > 0) return reasons.map(sentence).join(' ');
    }
    return this.apiErrorText(error);
  };
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
