import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MOTION_METHODS, type MeetingDetail, type MeetingMotionsView, type MotionMemberOption, type MotionMethod, type MotionStatus, type MotionView, type MyVoteReason, type VoteChoice } from '@cabinet/shared/contracts';
import { MotionsApi } from '@cabinet/web/meetings/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { meetingRunning } from '../shared/meeting-running';

/** How often the live count refreshes while a vote is open after the meeting's time (the page refreshes it during the meeting). */
export const MOTION_POLL_MS = 4000;

const METHOD_KEYS: Readonly<Record<MotionMethod, MessageKey>> = {
  count: 'meetings.motions.method.count',
  roll_call: 'meetings.motions.method.roll_call',
  secret: 'meetings.motions.method.secret',
};
const STATUS_KEYS: Readonly<Record<MotionStatus, MessageKey>> = {
  open: 'meetings.motions.status.open',
  carried: 'meetings.motions.status.carried',
  failed: 'meetings.motions.status.failed',
  withdrawn: 'meetings.motions.status.withdrawn',
};
const REASON_KEYS: Readonly<Record<MyVoteReason, MessageKey>> = {
  not_on_board: 'meetings.motions.reason.not_on_board',
  not_active: 'meetings.motions.reason.not_active',
  seat_not_voting: 'meetings.motions.reason.seat_not_voting',
  not_in_term: 'meetings.motions.reason.not_in_term',
  onboarding: 'meetings.motions.reason.onboarding',
  conflict: 'meetings.motions.reason.conflict',
  not_attending: 'meetings.motions.reason.not_attending',
  closed: 'meetings.motions.reason.closed',
  counted: 'meetings.motions.reason.counted',
  voted: 'meetings.motions.reason.voted',
  no_quorum: 'meetings.motions.reason.no_quorum',
};

/**
 * Motions on the meeting page: organisers open one on a decision item, enter a count or record a
 * roll call, and close it with its result; members vote For / Against / Abstain with big buttons.
 * While a vote is open the count refreshes every few seconds, and stops once none is open.
 */
@Component({
  selector: 'cab-motions-section',
  imports: [FormsModule, MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './motions-section.component.html',
  styles: `
    .motion { border: 1px solid #888; border-radius: 4px; padding: 0.75rem; margin-block: 0.75rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
    .row button { min-height: 48px; min-width: 6rem; }
    .roll-call { padding-block: 0.5rem; border-top: 1px solid #ccc; }
    .voter { flex-basis: 100%; font-weight: 700; }
    .motion-form { display: flex; flex-direction: column; align-items: flex-start; gap: 0.75rem; }
    .motion-form label { align-self: stretch; }
    label { display: flex; flex-direction: column; }
    select, input, textarea { min-height: 44px; font-size: 1rem; }
  `,
})
export class MotionsSectionComponent {
  readonly meeting = input.required<MeetingDetail>();
  /**
   * Bumped by the page when the agenda or attendance changed, and every few seconds while the
   * meeting runs: decision items, who may move or vote, and new motions follow without a reload.
   */
  readonly revision = input(0);

  private readonly api = inject(MotionsApi);
  private readonly errorText = inject(ApiErrorText).of;
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly t = inject(I18nService).t;
  protected readonly methods = MOTION_METHODS;
  protected readonly methodKeys = METHOD_KEYS;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly reasonKeys = REASON_KEYS;

  protected readonly motions = rxResource({
    params: () => ({ boardId: this.meeting().boardId, meetingId: this.meeting().id, status: this.meeting().status }),
    stream: ({ params }) => this.api.list(params.boardId, params.meetingId),
  });
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly draft = { agendaItemId: '', text: '', moverMemberId: '', seconderMemberId: '', method: 'count' as MotionMethod };
  protected readonly counts = new Map<string, { for: number; against: number; abstain: number }>();
  protected readonly anyOpen = computed(() => !!this.motions.value()?.motions.some((m) => m.status === 'open'));

  constructor() {
    // A reload keeps what is shown until the answer comes (no flicker, focus stays where it was).
    effect(() => {
      if (this.revision() > 0 && !untracked(this.busy)) untracked(() => this.motions.reload());
    });
    // A vote still open once the meeting's time is over (the page's refresh has stopped): keep its
    // count live until it is closed. The effect's cleanup stops the timer, and so does leaving the page.
    effect((onCleanup) => {
      if (!this.anyOpen()) return;
      const timer = setInterval(() => {
        if (!this.busy() && !meetingRunning(this.meeting(), Date.now())) this.motions.reload();
      }, MOTION_POLL_MS);
      onCleanup(() => clearInterval(timer));
    });
    inject(DestroyRef).onDestroy(() => this.motions.destroy());
  }

  protected countOf(motionId: string): { for: number; against: number; abstain: number } {
    let value = this.counts.get(motionId);
    if (!value) this.counts.set(motionId, (value = { for: 0, against: 0, abstain: 0 }));
    return value;
  }

  protected nameOf(name: string | null): string {
    return name ?? this.t('meetings.motions.someone');
  }

  /** A member the organiser can still record on this roll call: may vote, no conflict, not yet voted. */
  protected awaitsRollCall(view: MeetingMotionsView, motion: MotionView, member: MotionMemberOption): boolean {
    const conflicted = view.decisionItems.find((i) => i.id === motion.agendaItemId)?.conflictMemberIds.includes(member.memberId) ?? false;
    return member.canVote && !conflicted && !motion.rollCall.some((v) => v.memberId === member.memberId);
  }

  protected open(): void {
    this.run(this.api.open(this.ids().boardId, this.ids().meetingId, { ...this.draft, text: this.draft.text.trim() }), () => (this.draft.text = ''));
  }

  /**
   * The buttons pressed go away with the vote: the keyboard moves on to what comes next, the
   * voter's own confirmation, or in a roll call the next member still to vote (else "Close voting").
   */
  protected vote(motion: MotionView, choice: VoteChoice, memberId?: string): void {
    this.run(this.api.vote(this.ids().boardId, this.ids().meetingId, motion.id, memberId ? { choice, memberId } : { choice }), () =>
      this.focusAfterVote(motion.id, memberId ? ['[data-testid="roll-call-voter"] button', '[data-testid="motion-close"]'] : ['[data-testid="vote-reason"]']),
    );
  }

  protected saveCount(motion: MotionView): void {
    this.run(this.api.count(this.ids().boardId, this.ids().meetingId, motion.id, this.countOf(motion.id)));
  }

  protected close(motion: MotionView): void {
    this.run(this.api.close(this.ids().boardId, this.ids().meetingId, motion.id));
  }

  protected withdraw(motion: MotionView): void {
    this.run(this.api.withdraw(this.ids().boardId, this.ids().meetingId, motion.id));
  }

  protected declareConflict(itemId: string, memberId: string): void {
    this.busy.set(true);
    this.api.declareConflict(this.ids().boardId, this.ids().meetingId, itemId, memberId, null).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.motions.set(view);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private ids() {
    return { boardId: this.meeting().boardId, meetingId: this.meeting().id };
  }

  private focusAfterVote(motionId: string, targets: string[]): void {
    afterNextRender(
      () => {
        const motion = this.host.querySelector(`[data-motion-id="${motionId}"]`);
        targets.map((target) => motion?.querySelector<HTMLElement>(target)).find((element) => !!element)?.focus();
      },
      { injector: this.injector },
    );
  }

  /** Shows the changed motion at once (so focus can move to what follows), then reloads the rest. */
  private run(call: Observable<MotionView>, done?: () => void): void {
    this.busy.set(true);
    this.problem.set(null);
    call.subscribe({
      next: (changed) => {
        this.busy.set(false);
        this.motions.update((view) => view && { ...view, motions: view.motions.some((m) => m.id === changed.id) ? view.motions.map((m) => (m.id === changed.id ? changed : m)) : [...view.motions, changed] });
        done?.();
        this.motions.reload();
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(this.errorText(error));
  }
}
