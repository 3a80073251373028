import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { AccountApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

/** Deleting the account asks for the password: a person who walks up to an unlocked device cannot do it. Closes with `true` once deleted. */
@Component({
  selector: 'cab-erase-account-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSuffix,
    FormStatusComponent,
    PasswordToggleComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ t('account.erase.dialogTitle') }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="erase-account-form">
      <mat-dialog-content>
        <p>{{ t('account.erase.warning') }}</p>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" class="cab-full-width">
          <mat-label>{{ t('field.currentPassword') }}</mat-label>
          <input matInput #current type="password" formControlName="currentPassword" autocomplete="current-password" data-testid="erase-account-password" />
          <cab-password-toggle matTextSuffix [field]="current" />
          <mat-error>{{ errorOf(form.controls.currentPassword) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions>
        <button type="button" matButton="outlined" [mat-dialog-close]="false">{{ t('common.cancel') }}</button>
        <button type="submit" matButton="filled" class="cab-danger" data-testid="erase-account-confirm">{{ t('account.erase.confirm') }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EraseAccountDialogComponent {
  private readonly account = inject(AccountApi);
  private readonly dialog = inject<MatDialogRef<EraseAccountDialogComponent, boolean>>(MatDialogRef);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({ currentPassword: ['', cabValidators.currentPassword] });
  protected readonly submission = formSubmit(this.form);

  protected submit(): void {
    if (!this.submission.start()) return;
    this.account.erase(this.form.getRawValue().currentPassword).subscribe({
      next: () => {
        this.submission.succeed();
        this.dialog.close(true);
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
