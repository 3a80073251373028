import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { MeetingsApi, MotionsApi } from '@cabinet/web/meetings/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit, formatDate } from '@cabinet/web/shared/ui';
import { pastMeetings } from '../shared/meetings';

/** The board adopts a draft by pointing at the motion it carried: pick the meeting, then the motion. */
@Component({
  selector: 'cab-adopt-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="adopt-heading" data-testid="adopt">
      <h3 id="adopt-heading">{{ t('recommendations.adopt.heading') }}</h3>
      <p>{{ t('recommendations.adopt.intro') }}</p>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.adopt.meeting') }}</mat-label>
          <select matNativeControl formControlName="meetingId" required data-testid="adopt-meeting">
            <option value="">{{ t('recommendations.form.choose') }}</option>
            @for (meeting of meetings(); track meeting.id) {
              <option [value]="meeting.id">{{ meeting.title }} ({{ day(meeting.startsAt) }})</option>
            }
          </select>
          <mat-error>{{ errorOf(form.controls.meetingId) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.adopt.motion') }}</mat-label>
          <select matNativeControl formControlName="motionId" required data-testid="adopt-motion">
            <option value="">{{ t('recommendations.form.choose') }}</option>
            @for (motion of carried(); track motion.id) {
              <option [value]="motion.id">{{ motion.text }}</option>
            }
          </select>
          @if (meetingId() && motions.hasValue() && carried().length === 0) {
            <mat-hint data-testid="adopt-no-motions">{{ t('recommendations.adopt.noMotions') }}</mat-hint>
          }
          <mat-error>{{ errorOf(form.controls.motionId) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="adopt-submit">{{ t('recommendations.adopt.submit') }}</button>
        </div>
      </form>
    </section>
  `,
})
export class AdoptFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(RecommendationsApi);
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly motionsApi = inject(MotionsApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = new FormGroup({
    meetingId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    motionId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly meetingId = toSignal(this.form.controls.meetingId.valueChanges, { initialValue: '' });

  private readonly meetingList = rxResource({ params: () => this.recommendation().boardId, stream: ({ params }) => this.meetingsApi.list(params) });
  protected readonly meetings = computed(() => pastMeetings(this.meetingList.value() ?? []));
  protected readonly motions = rxResource({
    params: () => (this.meetingId() ? { boardId: this.recommendation().boardId, meetingId: this.meetingId() } : undefined),
    stream: ({ params }) => this.motionsApi.list(params.boardId, params.meetingId),
  });
  protected readonly carried = computed(() => (this.motions.value()?.motions ?? []).filter((motion) => motion.status === 'carried'));

  constructor() {
    this.form.controls.meetingId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.motionId.setValue(''));
  }

  protected day(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected submit(): void {
    const { boardId, id } = this.recommendation();
    this.submission.send(() => this.api.adopt(boardId, id, { motionId: this.form.controls.motionId.value }), (detail) => this.changed.emit(detail));
  }
}
