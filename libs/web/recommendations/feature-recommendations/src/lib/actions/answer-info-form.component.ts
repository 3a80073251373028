import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

/** The agency asked the board a question (the clock is paused): the board answers it here. */
@Component({
  selector: 'cab-answer-info-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="answer-info-heading" data-testid="answer-info">
      <h3 id="answer-info-heading">{{ t('recommendations.answerInfo.heading') }}</h3>
      @if (question(); as text) {
        <blockquote class="question" data-testid="answer-info-question">{{ text }}</blockquote>
      }
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.answerInfo.answer') }}</mat-label>
          <textarea matInput formControlName="answer" rows="4" maxlength="4000" required data-testid="answer-info-text"></textarea>
          <mat-error>{{ errorOf(form.controls.answer) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="answer-info-submit">{{ t('recommendations.answerInfo.submit') }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .question {
      margin: 0 0 1rem;
      padding-inline-start: 1rem;
      border-inline-start: 4px solid var(--mat-sys-outline);
      white-space: pre-line;
    }
  `,
})
export class AnswerInfoFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(RecommendationsApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = new FormGroup({ answer: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }) });
  protected readonly submission = formSubmit(this.form);
  /** The agency's latest question still waiting for the board. */
  protected readonly question = computed(
    () => this.recommendation().responses.findLast((response) => response.decision === 'info_needed' && response.boardAnswer === null)?.reasons ?? null,
  );

  protected submit(): void {
    const { boardId, id } = this.recommendation();
    this.submission.send(() => this.api.answerInfo(boardId, id, { answer: this.form.controls.answer.value.trim() }), (detail) => this.changed.emit(detail));
  }
}
