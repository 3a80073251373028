import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RESPONSE_DECISIONS, type RecommendationDetail, type ResponseDecision } from '@cabinet/shared/contracts';
import { AgencyResponsesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { requiredWhen } from '../shared/required-when';
import { DECISION_LABEL_KEYS } from '../shared/labels';

/** Reasons are required for every answer but a plain yes (the API says the same). */
export const reasonsRequiredFor = (decision: ResponseDecision | null): boolean => decision !== null && decision !== 'accepted';

export function createRespondForm() {
  const form = new FormGroup({
    decision: new FormControl<ResponseDecision | null>(null, { validators: [Validators.required] }),
    reasons: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  form.controls.reasons.addValidators(requiredWhen(() => reasonsRequiredFor(form.controls.decision.value)));
  return form;
}

/**
 * The addressed organisation answers: yes, partly, no, or "we need more information" (a question
 * for the board, which pauses the clock). Anything but a plain yes needs reasons.
 */
@Component({
  selector: 'cab-respond-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="respond-heading" data-testid="respond">
      <h3 id="respond-heading">{{ t('recommendations.respond.heading') }}</h3>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <fieldset class="cab-fieldset">
          <legend id="respond-decision-legend">{{ t('recommendations.respond.decision') }}</legend>
          <mat-radio-group formControlName="decision" class="cab-radio-list" aria-labelledby="respond-decision-legend" required>
            @for (decision of decisions; track decision) {
              <mat-radio-button [value]="decision" [attr.data-testid]="'respond-decision-' + decision">{{ t(decisionLabels[decision]) }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (form.controls.decision.touched && form.controls.decision.invalid) {
            <p class="cab-field-error" data-testid="respond-decision-error">{{ errorOf(form.controls.decision) }}</p>
          }
        </fieldset>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t(decision() === 'info_needed' ? 'recommendations.respond.question' : 'recommendations.respond.reasons') }}</mat-label>
          <textarea matInput formControlName="reasons" rows="5" maxlength="4000" [required]="reasonsRequired()" data-testid="respond-reasons"></textarea>
          <mat-hint data-testid="respond-reasons-hint">{{ t(reasonsRequired() ? 'recommendations.respond.reasons.required' : 'recommendations.respond.reasons.optional') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.reasons) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="respond-submit">{{ t('recommendations.respond.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class RespondFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(AgencyResponsesApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly decisions = RESPONSE_DECISIONS;
  protected readonly decisionLabels = DECISION_LABEL_KEYS;
  protected readonly form = createRespondForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly decision = toSignal(this.form.controls.decision.valueChanges, { initialValue: null });
  protected readonly reasonsRequired = computed(() => reasonsRequiredFor(this.decision()));

  constructor() {
    this.form.controls.decision.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.reasons.updateValueAndValidity());
  }

  protected submit(): void {
    const { boardId, id } = this.recommendation();
    const { decision, reasons } = this.form.getRawValue();
    const text = reasons.trim();
    this.submission.send(
      () => this.api.respond(boardId, id, { decision: decision ?? 'accepted', ...(text ? { reasons: text } : {}) }),
      (detail) => this.changed.emit(detail),
    );
  }
}
