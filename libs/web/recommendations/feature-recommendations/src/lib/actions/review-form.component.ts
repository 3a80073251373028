import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit, formatDate } from '@cabinet/web/shared/ui';
import { requiredWhen } from '../shared/required-when';
import { pastMeetings } from '../shared/meetings';

export function createReviewForm() {
  const form = new FormGroup({
    meetingId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    satisfied: new FormControl<'yes' | 'no' | null>(null, { validators: [Validators.required] }),
    reasons: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  form.controls.reasons.addValidators(requiredWhen(() => form.controls.satisfied.value === 'no'));
  return form;
}

/**
 * The board's verdict at a meeting on what the agency did (or on a decline): satisfied closes the
 * recommendation; not satisfied reopens it for a new answer, and the board must say why.
 */
@Component({
  selector: 'cab-review-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="review-heading" data-testid="review">
      <h3 id="review-heading">{{ t('recommendations.review.heading') }}</h3>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.review.meeting') }}</mat-label>
          <select matNativeControl formControlName="meetingId" required data-testid="review-meeting">
            <option value="">{{ t('recommendations.form.choose') }}</option>
            @for (meeting of meetings(); track meeting.id) {
              <option [value]="meeting.id">{{ meeting.title }} ({{ day(meeting.startsAt) }})</option>
            }
          </select>
          <mat-error>{{ errorOf(form.controls.meetingId) }}</mat-error>
        </mat-form-field>
        <fieldset class="cab-fieldset">
          <legend id="review-satisfied-legend">{{ t('recommendations.review.satisfied') }}</legend>
          <mat-radio-group formControlName="satisfied" class="cab-radio-list" aria-labelledby="review-satisfied-legend" required>
            <mat-radio-button value="yes" data-testid="review-satisfied-yes">{{ t('recommendations.review.yes') }}</mat-radio-button>
            <mat-radio-button value="no" data-testid="review-satisfied-no">{{ t('recommendations.review.no') }}</mat-radio-button>
          </mat-radio-group>
          @if (form.controls.satisfied.touched && form.controls.satisfied.invalid) {
            <p class="cab-field-error" data-testid="review-satisfied-error">{{ errorOf(form.controls.satisfied) }}</p>
          }
        </fieldset>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.review.reasons') }}</mat-label>
          <textarea matInput formControlName="reasons" rows="4" maxlength="4000" [required]="reasonsRequired()" data-testid="review-reasons"></textarea>
          <mat-hint>{{ t(reasonsRequired() ? 'recommendations.review.reasons.required' : 'recommendations.review.reasons.optional') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.reasons) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="review-submit">{{ t('recommendations.review.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class ReviewFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(RecommendationsApi);
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = createReviewForm();
  protected readonly submission = formSubmit(this.form);
  private readonly satisfied = toSignal(this.form.controls.satisfied.valueChanges, { initialValue: null });
  protected readonly reasonsRequired = computed(() => this.satisfied() === 'no');
  private readonly meetingList = rxResource({ params: () => this.recommendation().boardId, stream: ({ params }) => this.meetingsApi.list(params) });
  protected readonly meetings = computed(() => pastMeetings(this.meetingList.value() ?? []));

  constructor() {
    this.form.controls.satisfied.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.reasons.updateValueAndValidity());
  }

  protected day(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected submit(): void {
    const { boardId, id } = this.recommendation();
    const value = this.form.getRawValue();
    const reasons = value.reasons.trim();
    this.submission.send(
      () => this.api.review(boardId, id, { meetingId: value.meetingId, satisfied: value.satisfied === 'yes', ...(reasons ? { reasons } : {}) }),
      (detail) => this.changed.emit(detail),
    );
  }
}
