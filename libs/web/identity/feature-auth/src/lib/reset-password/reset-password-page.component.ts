import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AuthApi, isDeadLink } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';
import { ForgotPasswordFormComponent } from '../forgot-password/forgot-password-form.component';

/** Opens from the password-reset email: choose a new password. An old link offers a new one at once. */
@Component({
  selector: 'cab-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSuffix,
    FormStatusComponent,
    PasswordToggleComponent,
    ForgotPasswordFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      @switch (state()) {
        @case ('form') {
          <h1>{{ t('resetPassword.heading') }}</h1>
          <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="reset-password-form">
            <cab-form-status [message]="submission.problem()" />
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('field.newPassword') }}</mat-label>
              <input matInput #password type="password" formControlName="password" autocomplete="new-password" data-testid="reset-password-password" />
              <cab-password-toggle matTextSuffix [field]="password" />
              <mat-hint>{{ t('field.newPassword.hint') }}</mat-hint>
              <mat-error>{{ errorOf(form.controls.password) }}</mat-error>
            </mat-form-field>
            <div class="cab-actions">
              <button type="submit" matButton="filled" data-testid="reset-password-submit">{{ t('resetPassword.submit') }}</button>
            </div>
          </form>
        }
        @case ('done') {
          <h1>{{ t('resetPassword.done.heading') }}</h1>
          <p role="status">{{ t('resetPassword.done.body') }}</p>
          <p><a routerLink="/sign-in">{{ t('signIn.submit') }}</a></p>
        }
        @case ('expired') {
          <h1>{{ t('linkExpired.heading') }}</h1>
          <p data-testid="link-expired">{{ t('resetPassword.expired.body') }}</p>
          <h2>{{ t('resetPassword.expired.newLink') }}</h2>
          <cab-forgot-password-form />
        }
      }
    </div>
  `,
})
export class ResetPasswordPageComponent {
  /** From the link: `/reset-password?token=…`. */
  readonly token = input<string>();
  private readonly auth = inject(AuthApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', cabValidators.newPassword] });
  protected readonly submission = formSubmit(this.form);
  protected readonly state = signal<'form' | 'done' | 'expired'>('form');

  protected submit(): void {
    const token = this.token()?.trim();
    if (!token) {
      this.state.set('expired');
      return;
    }
    if (!this.submission.start()) return;
    this.auth.resetPassword({ token, password: this.form.getRawValue().password }).subscribe({
      next: () => {
        this.submission.succeed();
        this.state.set('done');
      },
      error: (error: unknown) => {
        if (isDeadLink(error)) {
          this.submission.succeed();
          this.state.set('expired');
        } else this.submission.fail(error);
      },
    });
  }
}
