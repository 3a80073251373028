import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { AgencyResponsesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

/** The agency reports the work done, with an optional closing note; the board then reviews it. */
@Component({
  selector: 'cab-report-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="report-heading" data-testid="report">
      <h3 id="report-heading">{{ t('recommendations.report.heading') }}</h3>
      <p>{{ t('recommendations.report.intro') }}</p>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.report.note') }}</mat-label>
          <textarea matInput formControlName="note" rows="3" maxlength="4000" data-testid="report-note"></textarea>
          <mat-hint>{{ t('recommendations.report.note.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.note) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="report-submit">{{ t('recommendations.report.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ReportFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(AgencyResponsesApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = new FormGroup({ note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }) });
  protected readonly submission = formSubmit(this.form);

  protected submit(): void {
    const { boardId, id } = this.recommendation();
    const note = this.form.controls.note.value.trim();
    this.submission.send(() => this.api.reportImplemented(boardId, id, note ? { note } : {}), (detail) => this.changed.emit(detail));
  }
}
