import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { FORMAT_LABEL_KEYS, STATUS_LABEL_KEYS } from '../shared/labels';
import { LIVE_REFRESH_MS, meetingRunning } from '../shared/meeting-running';
import { MeetingWhenComponent } from '../ui/meeting-when.component';
import { AgendaSectionComponent } from '../agenda/agenda-section.component';
import { AttendanceSectionComponent } from '../attendance/attendance-section.component';
import { MotionsSectionComponent } from '../motions/motions-section.component';
import { MinutesLinkComponent } from '../minutes/minutes-link.component';
import { OrganiserPanelComponent } from './organiser-panel.component';
import { RsvpFormComponent } from './rsvp-form.component';

/**
 * One meeting: when (on the board's clock and the reader's), where, the reader's own answer with
 * what they need, and for organisers the answers, moving and cancelling.
 */
@Component({
  selector: 'cab-meeting-page',
  imports: [RouterLink, FormStatusComponent, MeetingWhenComponent, RsvpFormComponent, OrganiserPanelComponent, AgendaSectionComponent, MinutesLinkComponent, AttendanceSectionComponent, MotionsSectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './meeting-page.component.html',
  styles: `
    .cancelled {
      text-decoration: line-through;
    }
  `,
})
export class MeetingPageComponent {
  readonly boardId = input.required<string>();
  readonly meetingId = input.required<string>();

  private readonly api = inject(MeetingsApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly formatLabels = FORMAT_LABEL_KEYS;
  protected readonly statusLabels = STATUS_LABEL_KEYS;

  protected readonly meeting = rxResource({
    params: () => ({ boardId: this.boardId(), meetingId: this.meetingId() }),
    stream: ({ params }) => this.api.get(params.boardId, params.meetingId),
  });

  /** Counts changes made on this page to the agenda and attendance: the motions section reloads what depends on them. */
  protected readonly changes = signal(0);
  /** Counts the page's refreshes while the meeting runs: attendance and motions reload together, so quorum and votes agree. */
  protected readonly tick = signal(0);

  constructor() {
    // In the meeting room, other people's devices change attendance and open motions: refresh
    // every few seconds, only while the meeting is on. The cleanup stops it, as does leaving.
    effect((onCleanup) => {
      const meeting = this.meeting.hasValue() ? this.meeting.value() : null;
      if (meeting?.status !== 'scheduled') return;
      const timer = setInterval(() => {
        if (meetingRunning(meeting, Date.now())) this.tick.update((n) => n + 1);
      }, LIVE_REFRESH_MS);
      onCleanup(() => clearInterval(timer));
    });
  }

  protected update(meeting: MeetingDetail): void {
    this.meeting.set(meeting);
  }

  protected touched(): void {
    this.changes.update((n) => n + 1);
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
