import { ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { Observable } from 'rxjs';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, isApiProblem } from './api-error-text';
import { type FieldProblem, applyFieldErrors, focusFirstInvalid } from './field-errors';

/**
 * The bookkeeping every form in the app shares: refuse to send while fields are invalid (and move
 * focus to the first one), show "sending", put the API's field errors next to their fields, and
 * summarise the rest in one announced message. Create it in a field initialiser: {@link formSubmit}.
 */
export class FormSubmit {
  readonly pending = signal(false);
  /** A message about the whole form, for `<cab-form-status>`. */
  readonly problem = signal<string | null>(null);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly apiErrorText = inject(ApiErrorText).of;
  private readonly t = inject(I18nService).t;

  constructor(private readonly form: FormGroup) {}

  /** True when the form may be sent; otherwise shows what to fix and returns false. */
  start(): boolean {
    if (this.pending()) return false;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set(this.t('form.fixFields'));
      this.focusFirstInvalidAfterRender();
      return false;
    }
    this.pending.set(true);
    return true;
  }

  succeed(): void {
    this.pending.set(false);
    this.problem.set(null);
  }

  /** Reports a failed request. Returns the error's code so the page can react to particular ones. */
  fail(error: unknown): string | null {
    this.pending.set(false);
    if (!isApiProblem(error)) {
      this.problem.set(this.apiErrorText(error));
      return null;
    }
    const fieldErrors = (error as { fieldErrors?: readonly FieldProblem[] }).fieldErrors ?? [];
    const unmatched = applyFieldErrors(this.form, fieldErrors);
    if (fieldErrors.length > 0 && unmatched.length < fieldErrors.length) {
      this.problem.set([this.t('form.fixFields'), ...unmatched].join(' '));
      this.focusFirstInvalidAfterRender();
    } else {
      this.problem.set([this.apiErrorText(error), ...unmatched].join(' '));
    }
    return error.code;
  }

  /**
   * The whole round trip: {@link start}, then send `request()`; on success {@link succeed} and run
   * `done`, on failure {@link fail}. For forms that need nothing more than that.
   */
  send<T>(request: () => Observable<T>, done: (value: T) => void): void {
    if (!this.start()) return;
    request().subscribe({
      next: (value) => {
        this.succeed();
        done(value);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** After the errors are on screen, so a screen reader reads the field together with its error. */
  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.form, this.host), { injector: this.injector });
  }
}

/** A {@link FormSubmit} for `form`; call in a component's field initialiser or constructor. */
export function formSubmit(form: FormGroup): FormSubmit {
  return new FormSubmit(form);
}
