import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { MeetingsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { FORMAT_LABEL_KEYS, STATUS_LABEL_KEYS } from '../shared/labels';
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

  protected update(meeting: MeetingDetail): void {
    this.meeting.set(meeting);
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
