import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { ACCESS_NEEDS, type AccessNeed, type MeetingDetail, RSVP_RESPONSES, type RsvpInput, type RsvpResponse } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { NEED_LABEL_KEYS, RESPONSE_LABEL_KEYS } from '../shared/labels';

type NeedsGroup = FormGroup<Record<AccessNeed, FormControl<boolean>>>;

export function createRsvpForm() {
  const needs = Object.fromEntries(ACCESS_NEEDS.map((need) => [need, new FormControl(false, { nonNullable: true })])) as Record<AccessNeed, FormControl<boolean>>;
  return new FormGroup({
    response: new FormControl<RsvpResponse | null>(null, { validators: [Validators.required] }),
    needs: new FormGroup(needs) as NeedsGroup,
    needsNote: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
}

export type RsvpForm = ReturnType<typeof createRsvpForm>;

/** What the API is sent: the answer, the needs ticked, and the note (null when empty). */
export function rsvpInput(form: RsvpForm): RsvpInput {
  const value = form.getRawValue();
  return {
    response: value.response ?? 'maybe',
    needs: ACCESS_NEEDS.filter((need) => value.needs[need]),
    needsNote: value.needsNote.trim() || null,
  };
}

/**
 * The signed-in member's own answer: yes, no or maybe, and what they need to take part. The needs
 * are private to the organisers, and the form says so next to them.
 */
@Component({
  selector: 'cab-rsvp-form',
  imports: [ReactiveFormsModule, MatButton, MatButtonToggleGroup, MatButtonToggle, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="rsvp-form">
      <cab-form-status [message]="submission.problem()" data-testid="rsvp-status" />
      <p class="cab-visually-hidden" role="status">{{ saved() ? t('meetings.rsvp.saved') : '' }}</p>
      @if (saved()) {
        <p class="cab-notice" data-testid="rsvp-saved" aria-hidden="true">{{ t('meetings.rsvp.saved') }}</p>
      }

      <fieldset class="cab-fieldset">
        <legend id="rsvp-response-legend">{{ t('meetings.rsvp.response') }}</legend>
        <mat-button-toggle-group formControlName="response" name="response" class="responses" vertical aria-labelledby="rsvp-response-legend" data-testid="rsvp-response">
          @for (option of responses; track option) {
            <mat-button-toggle [value]="option" [attr.data-testid]="'rsvp-' + option">{{ t(responseLabels[option]) }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        @if (form.controls.response.touched && form.controls.response.invalid) {
          <p class="cab-field-error" data-testid="rsvp-response-error">{{ t('meetings.rsvp.choose') }}</p>
        }
      </fieldset>

      <fieldset class="cab-fieldset" formGroupName="needs" aria-describedby="rsvp-private">
        <legend>{{ t('meetings.rsvp.needs') }}</legend>
        <p id="rsvp-private" class="private" data-testid="rsvp-private">{{ t('meetings.rsvp.private') }}</p>
        <div class="needs">
          @for (need of needs; track need) {
            <mat-checkbox [formControlName]="need" [attr.data-testid]="'rsvp-need-' + need">{{ t(needLabels[need]) }}</mat-checkbox>
          }
        </div>
      </fieldset>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('meetings.rsvp.note') }}</mat-label>
        <textarea matInput formControlName="needsNote" rows="2" maxlength="500" aria-describedby="rsvp-private" data-testid="rsvp-note"></textarea>
        <mat-hint>{{ t('meetings.rsvp.note.hint') }} {{ t('meetings.rsvp.private') }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.needsNote) }}</mat-error>
      </mat-form-field>

      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="rsvp-submit">{{ t('meetings.rsvp.save') }}</button>
      </div>
    </form>
  `,
  styles: `
    /* Stacked, full-width choices: easy to hit with a thumb, and long labels never wrap mid-button. */
    .responses {
      width: 100%;
      max-width: 24rem;
    }
    .needs {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .private {
      margin: 0 0 0.5rem;
      font-weight: 500;
    }
  `,
})
export class RsvpFormComponent {
  readonly meeting = input.required<MeetingDetail>();
  /** The meeting as the API returns it after the answer. */
  readonly answered = output<MeetingDetail>();

  private readonly api = inject(MeetingsApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly responses = RSVP_RESPONSES;
  protected readonly needs = ACCESS_NEEDS;
  protected readonly responseLabels = RESPONSE_LABEL_KEYS;
  protected readonly needLabels = NEED_LABEL_KEYS;

  protected readonly form = createRsvpForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly saved = signal(false);

  constructor() {
    // The person's current answer, each time the meeting (re)loads.
    effect(() => {
      const meeting = this.meeting();
      this.form.reset({
        response: meeting.myResponse,
        needs: Object.fromEntries(ACCESS_NEEDS.map((need) => [need, meeting.myNeeds.includes(need)])) as Record<AccessNeed, boolean>,
        needsNote: meeting.myNeedsNote ?? '',
      });
    });
  }

  protected submit(): void {
    this.saved.set(false);
    const meeting = this.meeting();
    this.submission.send(
      () => this.api.rsvp(meeting.boardId, meeting.id, rsvpInput(this.form)),
      (updated) => {
        this.saved.set(true);
        this.answered.emit(updated);
      },
    );
  }
}
