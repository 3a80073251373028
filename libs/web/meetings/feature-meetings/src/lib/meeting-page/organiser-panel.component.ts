import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { NEED_LABEL_KEYS, RESPONSE_LABEL_KEYS } from '../shared/labels';
import { localInputValue, zoneCity } from '../shared/zoned-time';

/**
 * What the organisers see and do: the answers so far with each person's needs, moving the meeting
 * to another time, and cancelling it (or it and the rest of its series) with a reason.
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
  protected readonly done = signal<'moved' | 'cancelled' | null>(null);

  protected readonly moveForm = new FormGroup({
    startsAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly moving = formSubmit(this.moveForm);

  protected readonly cancelForm = new FormGroup({
    scope: new FormControl<'occurrence' | 'following'>('occurrence', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
  protected readonly cancelling = formSubmit(this.cancelForm);

  constructor() {
    effect(() => {
      const meeting = this.meeting();
      this.moveForm.reset({ startsAt: localInputValue(meeting.startsAt, meeting.timeZone) });
    });
  }

  protected needsText(needs: readonly (keyof typeof NEED_LABEL_KEYS)[]): string {
    return needs.map((need) => this.t(NEED_LABEL_KEYS[need])).join(', ');
  }

  protected move(): void {
    this.done.set(null);
    const meeting = this.meeting();
    this.moving.send(
      () => this.api.change(meeting.boardId, meeting.id, { startsAt: this.moveForm.getRawValue().startsAt.slice(0, 16) }),
      (updated) => {
        this.done.set('moved');
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
