import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type MeetingAttendanceView, type MeetingDetail } from '@cabinet/shared/contracts';
import { AttendanceApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { ATTENDANCE_LABEL_KEYS } from './attendance-labels';

/**
 * Attendance on the meeting page: the live quorum for everyone (in words and with an icon, never
 * colour alone), "I am here" for members while the meeting runs, and for organisers the list to
 * record, the guests, and "Mark as held". Works one-handed on a phone: one choice per line.
 */
@Component({
  selector: 'cab-attendance-section',
  imports: [FormsModule, MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-section.component.html',
  styles: `
    .quorum { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.75rem; border: 2px solid currentColor; border-radius: 4px; }
    .quorum-icon { font-size: 1.5rem; line-height: 1; }
    .lines { list-style: none; padding: 0; }
    .lines li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; padding: 0.5rem 0; border-bottom: 1px solid #ccc; }
    select, input { min-height: 44px; font-size: 1rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
    label { display: flex; flex-direction: column; }
  `,
})
export class AttendanceSectionComponent {
  readonly meeting = input.required<MeetingDetail>();
  /** Bumped by the page every few seconds while the meeting runs: others record attendance too (organisers, members marking themselves in). */
  readonly revision = input(0);
  /** The meeting after it was marked held. */
  readonly changed = output<MeetingDetail>();
  /** After attendance or guests changed, for the sections that depend on who is here (motions: movers, voters). */
  readonly recorded = output<MeetingAttendanceView>();

  private readonly api = inject(AttendanceApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly statuses = ATTENDANCE_STATUSES;
  protected readonly labels = ATTENDANCE_LABEL_KEYS;

  protected readonly attendance = rxResource({
    params: () => ({ boardId: this.meeting().boardId, meetingId: this.meeting().id, status: this.meeting().status }),
    stream: ({ params }) => this.api.get(params.boardId, params.meetingId),
  });
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly guestName = signal('');
  protected readonly guestAffiliation = signal('');

  constructor() {
    // So the quorum shown is the quorum now. A reload keeps what is shown until the answer comes.
    effect(() => {
      if (this.revision() > 0 && !untracked(this.busy)) untracked(() => this.attendance.reload());
    });
  }

  protected record(memberId: string, status: string): void {
    this.run(this.api.record(this.meeting().boardId, this.meeting().id, memberId, { status: status as AttendanceStatus }));
  }

  protected markSelf(status: AttendanceStatus): void {
    const mine = this.attendance.value()?.mine;
    if (mine) this.record(mine.memberId, status);
  }

  protected addGuest(): void {
    const name = this.guestName().trim();
    if (!name) return;
    this.run(this.api.addGuest(this.meeting().boardId, this.meeting().id, { name, affiliation: this.guestAffiliation().trim() || null }), () => {
      this.guestName.set('');
      this.guestAffiliation.set('');
    });
  }

  protected removeGuest(guestId: string): void {
    this.run(this.api.removeGuest(this.meeting().boardId, this.meeting().id, guestId));
  }

  protected markHeld(): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.markHeld(this.meeting().boardId, this.meeting().id).subscribe({
      next: (meeting) => {
        this.busy.set(false);
        this.changed.emit(meeting);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private run(call: Observable<MeetingAttendanceView>, done?: () => void): void {
    this.busy.set(true);
    this.problem.set(null);
    call.subscribe({
      next: (view) => {
        this.busy.set(false);
        this.attendance.set(view);
        this.recorded.emit(view);
        done?.();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(this.errorText(error));
  }
}
