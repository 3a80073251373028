import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { AccountApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

@Component({
  selector: 'cab-change-password-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSuffix, FormStatusComponent, PasswordToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="change-password-form">
      <cab-form-status [message]="submission.problem()" />
      <cab-form-status tone="success" [message]="done() ? t('account.password.done') : null" />
      <mat-form-field appearance="outline">
        <mat-label>{{ t('field.currentPassword') }}</mat-label>
        <input matInput #current type="password" formControlName="currentPassword" autocomplete="current-password" data-testid="change-password-current" />
        <cab-password-toggle matTextSuffix [field]="current" />
        <mat-error>{{ errorOf(form.controls.currentPassword) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('field.newPassword') }}</mat-label>
        <input matInput #next type="password" formControlName="newPassword" autocomplete="new-password" data-testid="change-password-new" />
        <cab-password-toggle matTextSuffix [field]="next" />
        <mat-hint>{{ t('field.newPassword.hint') }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.newPassword) }}</mat-error>
      </mat-form-field>
      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="change-password-submit">{{ t('account.password.submit') }}</button>
      </div>
    </form>
  `,
})
export class ChangePasswordFormComponent {
  private readonly account = inject(AccountApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', cabValidators.currentPassword],
    newPassword: ['', cabValidators.newPassword],
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly done = signal(false);

  protected submit(): void {
    this.done.set(false);
    this.submission.send(
      () => this.account.changePassword(this.form.getRawValue()),
      () => {
        this.form.reset();
        this.done.set(true);
      },
    );
  }
}
