import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { RouterLink } from '@angular/router';
import { type MeetingSummary, RSVP_RESPONSES, type RsvpResponse } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { MeetingsCalendarComponent } from '../calendar/meetings-calendar.component';
import { type MeetingsView, ViewSwitchComponent } from '../calendar/view-switch.component';
import { RESPONSE_LABEL_KEYS, RESPONSE_SHORT_LABEL_KEYS } from '../shared/labels';
import { MeetingItemComponent } from '../ui/meeting-item.component';
import { CalendarFeedsComponent } from './calendar-feeds.component';

/**
 * The person's upcoming meetings on every board they sit on, each with a quick yes / no / maybe,
 * and their private calendar links.
 */
@Component({
  selector: 'cab-my-meetings-page',
  imports: [RouterLink, MatButtonToggleGroup, MatButtonToggle, FormStatusComponent, MeetingItemComponent, CalendarFeedsComponent, MeetingsCalendarComponent, ViewSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-meetings-page.component.html',
  styles: `
    .quick {
      margin-top: 0.5rem;
    }
    .quick mat-button-toggle-group {
      flex-wrap: wrap;
    }
    .quick p {
      margin: 0.25rem 0 0;
    }
  `,
})
export class MyMeetingsPageComponent {
  private readonly api = inject(MeetingsApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly responses = RSVP_RESPONSES;
  protected readonly responseLabels = RESPONSE_LABEL_KEYS;
  protected readonly shortLabels = RESPONSE_SHORT_LABEL_KEYS;

  protected readonly meetings = rxResource({ stream: () => this.api.mine() });
  /** Per meeting: the answer just saved, or why it failed. */
  protected readonly feedback = signal<Readonly<Record<string, { saved?: RsvpResponse; problem?: string }>>>({});
  protected readonly sending = signal<string | null>(null);
  protected readonly view = signal<MeetingsView>('list');

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  /** A quick answer: the API keeps the access needs the person already gave when none are sent. */
  protected answer(meeting: MeetingSummary, response: RsvpResponse): void {
    if (this.sending() || response === meeting.myResponse) return;
    this.sending.set(meeting.id);
    this.api
      .rsvp(meeting.boardId, meeting.id, { response })
      .subscribe({
        next: (detail) => {
          this.sending.set(null);
          this.meetings.update((list) => list?.map((item) => (item.id === meeting.id ? { ...item, myResponse: detail.myResponse } : item)));
          this.feedback.update((all) => ({ ...all, [meeting.id]: { saved: detail.myResponse ?? response } }));
        },
        error: (error: unknown) => {
          this.sending.set(null);
          this.feedback.update((all) => ({ ...all, [meeting.id]: { problem: this.errorText(error) } }));
        },
      });
  }
}
