import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { AuthApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

/**
 * Asks for a password-reset link. The answer is the same whether or not the address has an account,
 * so nobody can use this form to find out who uses Cabinet.
 */
@Component({
  selector: 'cab-forgot-password-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="forgot-password-form">
      <cab-form-status [message]="submission.problem()" />
      <cab-form-status tone="success" [message]="sentTo() ? t('forgotPassword.sent', { email: sentTo() ?? '' }) : null" />
      <mat-form-field appearance="outline">
        <mat-label>{{ t('field.email') }}</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="email" data-testid="forgot-password-email" />
        <mat-error>{{ errorOf(form.controls.email) }}</mat-error>
      </mat-form-field>
      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="forgot-password-submit">{{ t('forgotPassword.submit') }}</button>
      </div>
    </form>
  `,
})
export class ForgotPasswordFormComponent {
  private readonly auth = inject(AuthApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({ email: ['', cabValidators.email] });
  protected readonly submission = formSubmit(this.form);
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    if (!this.submission.start()) return;
    const email = this.form.getRawValue().email.trim();
    this.sentTo.set(null);
    this.auth.requestPasswordReset({ email }).subscribe({
      next: () => {
        this.submission.succeed();
        this.sentTo.set(email);
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
