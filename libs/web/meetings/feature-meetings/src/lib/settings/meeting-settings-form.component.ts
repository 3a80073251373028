import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MAX_REMINDER_DAYS, MAX_REMINDERS, type MeetingSettingsInput, type MeetingSettingsView } from '@cabinet/shared/contracts';
import { MeetingSettingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

/** "7, 1" as days, or null when it is not up to four distinct whole numbers from 0 to 60. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length > MAX_REMINDERS || parts.some((part) => !/^\d{1,2}$/.test(part))) return null;
  const days = parts.map(Number);
  if (days.some((day) => day > MAX_REMINDER_DAYS) || new Set(days).size !== days.length) return null;
  return days.sort((a, b) => b - a);
}

const reminderDaysValid = (control: AbstractControl<string>): ValidationErrors | null => (parseReminderDays(control.value) ? null : { reminderDays: true });
const days = (min: number, max: number) => [Validators.required, Validators.min(min), Validators.max(max), Validators.pattern(/^\d+$/)];

export function createMeetingSettingsForm() {
  return new FormGroup({
    reminderDays: new FormControl('', { nonNullable: true, validators: [reminderDaysValid] }),
    agendaPublishDays: new FormControl<number | null>(7, { validators: days(0, 30) }),
    commentDays: new FormControl<number | null>(7, { validators: days(1, 60) }),
    chairApprovesMinutes: new FormControl(false, { nonNullable: true }),
  });
}

/**
 * A board's meeting settings, for its managers: reminder days, how early the agenda goes out, how
 * long members have to comment on minutes, and who approves them. Hidden from everyone else.
 */
@Component({
  selector: 'cab-meeting-settings-form',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (current.hasValue() && current.value().canChange) {
      <section aria-labelledby="meeting-settings-heading" data-testid="meeting-settings">
        <h2 id="meeting-settings-heading">{{ t('meetings.settings.heading') }}</h2>
        <p>{{ t('meetings.settings.intro') }}</p>
        <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <cab-form-status [message]="submission.problem()" />
          <p class="cab-visually-hidden" role="status">{{ saved() ? t('meetings.settings.saved') : '' }}</p>
          @if (saved()) {
            <p class="cab-notice" aria-hidden="true" data-testid="meeting-settings-saved">{{ t('meetings.settings.saved') }}</p>
          }
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('meetings.settings.reminderDays') }}</mat-label>
            <input matInput formControlName="reminderDays" inputmode="numeric" autocomplete="off" data-testid="meeting-settings-reminder-days" />
            <mat-hint>{{ t('meetings.settings.reminderDays.hint') }}</mat-hint>
            <mat-error>{{ t('meetings.settings.reminderDays.invalid') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('meetings.settings.agendaPublishDays') }}</mat-label>
            <input matInput type="number" min="0" max="30" formControlName="agendaPublishDays" data-testid="meeting-settings-agenda-days" />
            <mat-hint>{{ t('meetings.settings.agendaPublishDays.hint') }}</mat-hint>
            <mat-error>{{ t('meetings.settings.days.invalid') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('meetings.settings.commentDays') }}</mat-label>
            <input matInput type="number" min="1" max="60" formControlName="commentDays" data-testid="meeting-settings-comment-days" />
            <mat-hint>{{ t('meetings.settings.commentDays.hint') }}</mat-hint>
            <mat-error>{{ t('meetings.settings.days.invalid') }}</mat-error>
          </mat-form-field>
          <mat-checkbox formControlName="chairApprovesMinutes" data-testid="meeting-settings-chair-approves">{{ t('meetings.settings.chairApprovesMinutes') }}</mat-checkbox>
          <div class="cab-actions">
            <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="meeting-settings-save">{{ t('meetings.settings.save') }}</button>
          </div>
        </form>
      </section>
    }
  `,
})
export class MeetingSettingsFormComponent {
  readonly boardId = input.required<string>();

  private readonly api = inject(MeetingSettingsApi);
  protected readonly t = inject(I18nService).t;
  protected readonly current = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.api.get(params) });
  protected readonly form = createMeetingSettingsForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly saved = signal(false);

  constructor() {
    effect(() => {
      if (this.current.hasValue()) this.show(this.current.value());
    });
  }

  protected submit(): void {
    this.saved.set(false);
    this.submission.send(
      () => this.api.change(this.boardId(), this.input()),
      (settings) => {
        this.show(settings);
        this.saved.set(true);
      },
    );
  }

  private input(): MeetingSettingsInput {
    const value = this.form.getRawValue();
    return {
      reminderDays: parseReminderDays(value.reminderDays) ?? [],
      agendaPublishDays: Number(value.agendaPublishDays),
      commentDays: Number(value.commentDays),
      chairApprovesMinutes: value.chairApprovesMinutes,
    };
  }

  private show(settings: MeetingSettingsView): void {
    this.form.reset({
      reminderDays: settings.reminderDays.join(', '),
      agendaPublishDays: settings.agendaPublishDays,
      commentDays: settings.commentDays,
      chairApprovesMinutes: settings.chairApprovesMinutes,
    });
  }
}
