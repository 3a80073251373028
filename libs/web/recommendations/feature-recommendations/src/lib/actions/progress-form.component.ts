import { ChangeDetectionStrategy, Component, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { PostProgressInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { AgencyResponsesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

export function createProgressForm() {
  return new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    link: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500), Validators.pattern(/^https?:\/\/\S+$/i)] }),
    percentComplete: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)] }),
    milestoneId: new FormControl('', { nonNullable: true }),
  });
}

export type ProgressForm = ReturnType<typeof createProgressForm>;

export function progressInput(form: ProgressForm): PostProgressInput {
  const value = form.getRawValue();
  const link = value.link.trim();
  return {
    text: value.text.trim(),
    percentComplete: Number(value.percentComplete),
    ...(link ? { link } : {}),
    ...(value.milestoneId ? { milestoneId: value.milestoneId } : {}),
  };
}

/** The agency tells the board how far it has got: what was done, a link to show it, and how much is done in percent. */
@Component({
  selector: 'cab-progress-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="progress-heading" data-testid="progress">
      <h3 id="progress-heading">{{ t('recommendations.progress.heading') }}</h3>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.progress.text') }}</mat-label>
          <textarea matInput formControlName="text" rows="4" maxlength="4000" required data-testid="progress-text"></textarea>
          <mat-error>{{ errorOf(form.controls.text) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.progress.link') }}</mat-label>
          <input matInput type="url" formControlName="link" maxlength="500" autocomplete="url" data-testid="progress-link" />
          <mat-hint>{{ t('recommendations.progress.link.hint') }}</mat-hint>
          <mat-error>{{ form.controls.link.hasError('pattern') ? t('recommendations.progress.link.invalid') : errorOf(form.controls.link) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.progress.percent') }}</mat-label>
          <input matInput type="number" inputmode="numeric" min="0" max="100" step="1" formControlName="percentComplete" required data-testid="progress-percent" />
          <mat-hint>{{ t('recommendations.progress.percent.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.percentComplete) }}</mat-error>
        </mat-form-field>
        @if (recommendation().milestones.length) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('recommendations.progress.milestone') }}</mat-label>
            <select matNativeControl formControlName="milestoneId" data-testid="progress-milestone">
              <option value="">{{ t('recommendations.progress.milestone.none') }}</option>
              @for (milestone of recommendation().milestones; track milestone.id) {
                <option [value]="milestone.id">{{ milestone.title }}</option>
              }
            </select>
            <mat-error>{{ errorOf(form.controls.milestoneId) }}</mat-error>
          </mat-form-field>
        }
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="progress-submit">{{ t('recommendations.progress.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ProgressFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(AgencyResponsesApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = createProgressForm();
  protected readonly submission = formSubmit(this.form);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected submit(): void {
    const { boardId, id } = this.recommendation();
    this.submission.send(
      () => this.api.postProgress(boardId, id, progressInput(this.form)),
      (detail) => {
        this.formDirective().resetForm({ text: '', link: '', percentComplete: null, milestoneId: '' });
        this.changed.emit(detail);
      },
    );
  }
}
