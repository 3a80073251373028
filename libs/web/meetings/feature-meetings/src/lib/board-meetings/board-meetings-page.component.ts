import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { MeetingsCalendarComponent } from '../calendar/meetings-calendar.component';
import { type MeetingsView, ViewSwitchComponent } from '../calendar/view-switch.component';
import { CalendarFeedsComponent } from '../my-meetings/calendar-feeds.component';
import { MeetingSettingsFormComponent } from '../settings/meeting-settings-form.component';
import { mayOrganize } from '../shared/organiser';
import { StandingReviewsComponent } from '../attendance/standing-reviews.component';
import { MeetingItemComponent } from '../ui/meeting-item.component';

/**
 * A board's meetings: what is coming up (soonest first), then the last 90 days (latest first), and
 * every earlier meeting on request (the board's record: held meetings lead to their minutes).
 * Cancelled meetings stay in the list, struck through, with the reason.
 */
@Component({
  selector: 'cab-board-meetings-page',
  imports: [RouterLink, MatButton, FormStatusComponent, MeetingItemComponent, MeetingsCalendarComponent, ViewSwitchComponent, CalendarFeedsComponent, MeetingSettingsFormComponent, StandingReviewsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-meetings-page.component.html',
})
export class BoardMeetingsPageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly meetings = inject(MeetingsApi);
  private readonly errorText = inject(ApiErrorText).of;
  private readonly injector = inject(Injector);
  protected readonly t = inject(I18nService).t;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly view = signal<MeetingsView>('list');
  protected readonly list = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.meetings.list(params) });
  /** Whether meetings older than 90 days were asked for. */
  protected readonly showEarlier = signal(false);
  /** Every meeting, once asked for: a second request, so the list (and the focused button) stays while it loads. */
  protected readonly earlier = rxResource({
    params: () => (this.showEarlier() ? this.boardId() : undefined),
    stream: ({ params }) => this.meetings.list(params, 'all'),
  });
  private readonly pastHeading = viewChild<ElementRef<HTMLElement>>('pastHeading');
  protected readonly mayOrganize = computed(() => {
    const board = this.board.value();
    return board ? mayOrganize(board) : false;
  });
  /** A calendar link of the board's meetings is for those who sit on it (the roster) or run it, not for applicants or nominees. */
  protected readonly mayFollow = computed(() => {
    const board = this.board.value();
    return !!board && (board.canManage || board.roster.some((member) => member.id === board.myMemberId));
  });
  /** Only someone who sits on the board has an answer to show; a manager who does not sees none. */
  protected readonly isMember = computed(() => (this.board.value()?.myMemberId ?? null) !== null);

  constructor() {
    // The button that asked is gone once they arrive: the keyboard moves to the heading above them.
    effect(() => {
      if (this.earlier.hasValue()) afterNextRender(() => this.pastHeading()?.nativeElement.focus(), { injector: this.injector });
    });
  }

  /** Split at the moment the list arrived: a meeting still under way counts as coming up. */
  private readonly split = computed(() => {
    const all = this.earlier.value() ?? this.list.value() ?? [];
    const now = Date.now();
    return {
      upcoming: all.filter((meeting) => Date.parse(meeting.endsAt) > now),
      past: all.filter((meeting) => Date.parse(meeting.endsAt) <= now).reverse(),
    };
  });
  protected readonly upcoming = computed(() => this.split().upcoming);
  protected readonly past = computed(() => this.split().past);

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
