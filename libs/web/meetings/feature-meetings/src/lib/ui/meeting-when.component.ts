import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@cabinet/web/shared/i18n';
import { dateLocale } from '@cabinet/web/shared/ui';
import { meetingWhen, viewerTimeZone } from '../shared/zoned-time';

/**
 * When a meeting is: on the board's clock ("Tuesday 2 March 2027, 18:30 to 20:00 Lisbon time"), and
 * on the reader's own clock when theirs reads differently ("(17:30 your time)").
 */
@Component({
  selector: 'cab-meeting-when',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let when = parts();
    <span data-testid="meeting-when-board">{{ t(short() ? 'meetings.time.boardShort' : 'meetings.time.board', { date: when.date, start: when.start, end: when.end, zone: when.zone }) }}</span>
    @if (when.viewer) {
      {{ ' ' }}<span data-testid="meeting-when-viewer">{{ t('meetings.time.viewer', { time: when.viewer }) }}</span>
    }
  `,
})
export class MeetingWhenComponent {
  readonly meeting = input.required<{ startsAt: string; endsAt: string; timeZone: string }>();
  /** A shorter date without the end time, for lists. */
  readonly short = input(false);
  /** The reader's zone; the device's own unless given. */
  readonly viewerZone = input<string>(viewerTimeZone());

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly parts = computed(() => meetingWhen(this.meeting(), dateLocale(this.i18n.locale()), this.viewerZone(), this.short() ? 'short' : 'long'));
}
