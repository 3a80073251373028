import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText } from '@cabinet/web/shared/ui';

/** Today as the API counts days (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Pick a past day to see the results as they stood then, or go back to the stored, current ones.
 * The page puts the day in its address, so a funder can share the link.
 */
@Component({
  selector: 'cab-as-of-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form as-of" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="as-of-form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('compliance.asOf.label') }}</mat-label>
        <input matInput type="date" formControlName="day" [max]="max" data-testid="as-of-day" />
        <mat-hint>{{ t('compliance.asOf.hint') }}</mat-hint>
        <mat-error data-testid="as-of-error">{{ errorOf(form.controls.day) }}</mat-error>
      </mat-form-field>
      <div class="cab-actions">
        <button type="submit" matButton="outlined" data-testid="as-of-show">{{ t('compliance.asOf.show') }}</button>
        @if (asOf()) {
          <button type="button" matButton="outlined" (click)="chosen.emit(null)" data-testid="as-of-clear">{{ t('compliance.asOf.clear') }}</button>
        }
      </div>
    </form>
  `,
})
export class AsOfFormComponent {
  /** The day shown now; null for the current results. */
  readonly asOf = input<string | null>(null);
  /** A day to look back to, or null for the current results. */
  readonly chosen = output<string | null>();

  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly max = today();
  protected readonly form = new FormGroup({ day: new FormControl('', { nonNullable: true }) });

  constructor() {
    effect(() => this.form.controls.day.setValue(this.asOf() ?? ''));
  }

  protected submit(): void {
    const day = this.form.controls.day.value;
    if (day > today()) {
      this.form.controls.day.setErrors({ invalid: 'compliance.asOf.future' });
      this.form.controls.day.markAsTouched();
      return;
    }
    this.chosen.emit(day || null);
  }
}
