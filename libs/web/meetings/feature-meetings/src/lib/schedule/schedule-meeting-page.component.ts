import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { MEETING_FORMATS, type MeetingFormat } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, dateLocale, formSubmit } from '@cabinet/web/shared/ui';
import { FORMAT_LABEL_KEYS } from '../shared/labels';
import { mayOrganize } from '../shared/organiser';
import { renameFields } from '../shared/problems';
import { REPEATS, type Repeats, maxMeetings, weekdayInMonth, weekdayName } from '../shared/recurrence';
import { timeZoneChoices, viewerTimeZone } from '../shared/zoned-time';
import { createScheduleForm, scheduleInput } from './schedule-form';

const ORDINAL_KEYS: Readonly<Record<1 | 2 | 3 | 4 | -1, MessageKey>> = {
  1: 'meetings.schedule.ordinal.1',
  2: 'meetings.schedule.ordinal.2',
  3: 'meetings.schedule.ordinal.3',
  4: 'meetings.schedule.ordinal.4',
  [-1]: 'meetings.schedule.ordinal.last',
};

const FORMAT_HINT_KEYS: Readonly<Record<MeetingFormat, MessageKey>> = {
  in_person: 'meetings.schedule.format.in_person',
  online: 'meetings.schedule.format.online',
  hybrid: 'meetings.schedule.format.hybrid',
};

/**
 * An organiser schedules a meeting, or a series: weekly, monthly on the same weekday ("the first
 * Tuesday"), or monthly on the same date, for a given number of meetings.
 */
@Component({
  selector: 'cab-schedule-meeting-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './schedule-meeting-page.component.html',
})
export class ScheduleMeetingPageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly meetings = inject(MeetingsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly formats = MEETING_FORMATS;
  protected readonly formatLabels = FORMAT_LABEL_KEYS;
  protected readonly formatHints = FORMAT_HINT_KEYS;
  protected readonly repeatOptions = REPEATS;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly mayOrganize = computed(() => {
    const board = this.board.value();
    return board ? mayOrganize(board) : true;
  });

  protected readonly form = createScheduleForm(viewerTimeZone());
  protected readonly zones = timeZoneChoices(this.form.controls.timeZone.value);
  protected readonly submission = formSubmit(this.form);
  private readonly startsAt = toSignal(this.form.controls.startsAt.valueChanges, { initialValue: this.form.controls.startsAt.value });
  protected readonly format = toSignal(this.form.controls.format.valueChanges, { initialValue: this.form.controls.format.value });
  protected readonly repeats = toSignal(this.form.controls.repeats.valueChanges, { initialValue: this.form.controls.repeats.value });
  protected readonly maxCount = computed(() => maxMeetings(this.repeats()));
  private readonly place = computed(() => weekdayInMonth(this.startsAt()));

  /** "Every month, on the first Tuesday", from the chosen date; a general wording until there is one. */
  protected repeatLabel(option: Repeats): string {
    const place = this.place();
    if (option === 'none') return this.t('meetings.schedule.repeats.none');
    if (!place) return this.t(option === 'weekly' ? 'meetings.schedule.repeats.weekly.any' : option === 'monthly_weekday' ? 'meetings.schedule.repeats.monthly_weekday.any' : 'meetings.schedule.repeats.monthly_date.any');
    const weekday = weekdayName(place.weekday, dateLocale(this.i18n.locale()));
    if (option === 'weekly') return this.t('meetings.schedule.repeats.weekly', { weekday });
    if (option === 'monthly_weekday') return this.t('meetings.schedule.repeats.monthly_weekday', { ordinal: this.t(ORDINAL_KEYS[place.nth]), weekday });
    return this.t('meetings.schedule.repeats.monthly_date', { day: place.day });
  }

  /** Day 29, 30 or 31: some months have no such day, and RFC 5545 skips them. */
  protected readonly skippedDay = computed(() => {
    const place = this.place();
    return this.repeats() === 'monthly_date' && place && place.day > 28 ? place.day : null;
  });

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  protected submit(): void {
    if (!this.submission.start()) return;
    const boardId = this.boardId();
    this.meetings.schedule(boardId, scheduleInput(this.form)).subscribe({
      next: (created) => {
        this.submission.succeed();
        // One meeting: open it. A series: the board's list shows them all.
        const only = created.length === 1 ? created[0] : undefined;
        void this.router.navigate(only ? ['/boards', boardId, 'meetings', only.id] : ['/boards', boardId, 'meetings']);
      },
      error: (error: unknown) => this.submission.fail(renameFields(error, { recurrence: 'count' })),
    });
  }
}
