import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { AccountApi, DraftStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

/** The new address must be confirmed from its own inbox before it replaces the old one. */
@Component({
  selector: 'cab-change-email-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, MatSuffix, FormStatusComponent, PasswordToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="change-email-form">
      <cab-form-status [message]="submission.problem()" />
      <cab-form-status tone="success" [message]="sent() ? t('account.email.sent') : null" data-testid="change-email-sent" />
      <mat-form-field appearance="outline">
        <mat-label>{{ t('field.newEmail') }}</mat-label>
        <input matInput type="email" formControlName="newEmail" autocomplete="email" data-testid="change-email-new" />
        <mat-error>{{ errorOf(form.controls.newEmail) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t('field.currentPassword') }}</mat-label>
        <input matInput #current type="password" formControlName="currentPassword" autocomplete="current-password" data-testid="change-email-password" />
        <cab-password-toggle matTextSuffix [field]="current" />
        <mat-error>{{ errorOf(form.controls.currentPassword) }}</mat-error>
      </mat-form-field>
      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="change-email-submit">{{ t('account.email.submit') }}</button>
      </div>
    </form>
  `,
})
export class ChangeEmailFormComponent {
  private readonly account = inject(AccountApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({
    newEmail: ['', cabValidators.email],
    currentPassword: ['', cabValidators.currentPassword],
  });
  protected readonly submission = formSubmit(this.form);
  /** 202: the link went to the new address; nothing changes until it is opened. */
  protected readonly sent = signal(false);

  constructor() {
    inject(DraftStore).keep('change-email', this.form);
  }

  protected submit(): void {
    this.sent.set(false);
    this.submission.send(
      () => {
        const { newEmail, currentPassword } = this.form.getRawValue();
        return this.account.changeEmail({ newEmail: newEmail.trim(), currentPassword });
      },
      () => {
        this.form.reset();
        this.sent.set(true);
      },
    );
  }
}
