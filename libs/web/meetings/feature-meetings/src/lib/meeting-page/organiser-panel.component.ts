import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MEETING_FORMATS, type MeetingDetail } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { FORMAT_LABEL_KEYS, NEED_LABEL_KEYS, RESPONSE_LABEL_KEYS } from '../shared/labels';
import { zoneCity } from '../shared/zoned-time';
import { changeInput, createChangeForm, fillChangeForm } from './change-form';

const DONE_KEYS = {
  moved: 'meetings.move.done',
  changed: 'meetings.move.changed',
  cancelled: 'meetings.cancel.done',
} as const satisfies Record<string, MessageKey>;

/**
 * What the organisers see and do: the answers so far with each person's needs, moving or changing
 * the meeting (or it and the later meetings of its series), and cancelling it (or it and the rest
 * of its series) with a reason.
 */
@Component({
  selector: 'cab-organiser-panel',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organiser-panel.component.html',
  styles: `
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .answer p {
      margin: 0.25rem 0 0;
    }
  `,
})
export class OrganiserPanelComponent {
  readonly meeting = input.required<MeetingDetail>();
  readonly changed = output<MeetingDetail>();

  private readonly api = inject(MeetingsApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly responseLabels = RESPONSE_LABEL_KEYS;
  protected readonly zone = computed(() => zoneCity(this.meeting().timeZone));
  protected readonly scheduled = computed(() => this.meeting().status === 'scheduled');
  protected readonly done = signal<keyof typeof DONE_KEYS | null>(null);
  protected readonly doneText = computed(() => {
    const done = this.done();
    return done ? this.t(DONE_KEYS[done]) : '';
  });
  protected readonly formats = MEETING_FORMATS;
  protected readonly formatLabels = FORMAT_LABEL_KEYS;

  protected readonly moveForm = createChangeForm();
  protected readonly moving = formSubmit(this.moveForm);
  protected readonly format = toSignal(this.moveForm.controls.format.valueChanges, { initialValue: this.moveForm.controls.format.value });

  protected readonly cancelForm = new FormGroup({
    scope: new FormControl<'occurrence' | 'following'>('occurrence', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
  protected readonly cancelling = formSubmit(this.cancelForm);

  constructor() {
    effect(() => {
      fillChangeForm(this.moveForm, this.meeting());
    });
  }

  protected needsText(needs: readonly (keyof typeof NEED_LABEL_KEYS)[]): string {
    return needs.map((need) => this.t(NEED_LABEL_KEYS[need])).join(', ');
  }

  protected move(): void {
    this.done.set(null);
    const meeting = this.meeting();
    const input = changeInput(this.moveForm, meeting);
    if (!input) {
      // Nothing differs from the meeting: say so rather than send an empty change (or show what to fix).
      if (this.moveForm.valid) this.moving.problem.set(this.t('meetings.move.nothing'));
      else this.moving.start();
      return;
    }
    this.moving.send(
      () => this.api.change(meeting.boardId, meeting.id, input),
      (updated) => {
        this.done.set(input.startsAt === undefined ? 'changed' : 'moved');
        this.changed.emit(updated);
      },
    );
  }

  protected cancel(): void {
    this.done.set(null);
    const meeting = this.meeting();
    const value = this.cancelForm.getRawValue();
    this.cancelling.send(
      () => this.api.cancel(meeting.boardId, meeting.id, { scope: meeting.seriesId ? value.scope : 'occurrence', reason: value.reason.trim() || null }),
      (updated) => {
        this.done.set('cancelled');
        this.changed.emit(updated);
      },
    );
  }
}
