import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { I18nService } from '@cabinet/web/shared/i18n';

/** The message itself. Nothing is remembered by the browser: a shared tablet must not offer the last person's words. */
@Component({
  selector: 'cab-input-body-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cab-full-width">
      <mat-label>{{ t('peerInput.form.body') }}</mat-label>
      <textarea matInput [formControl]="control()" rows="6" autocomplete="off" spellcheck="true" data-testid="input-body"></textarea>
      <mat-hint>{{ t('peerInput.form.body.hint') }}</mat-hint>
      <mat-error>{{ control().hasError('maxlength') ? t('peerInput.form.body.tooLong') : t('peerInput.form.body.required') }}</mat-error>
    </mat-form-field>
  `,
})
export class InputBodyFieldComponent {
  readonly control = input.required<FormControl<string>>();
  protected readonly t = inject(I18nService).t;
}
