import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MINUTES_SENT_NOTE_MAX, MINUTES_SUMMARY_MAX, type MinutesView } from '@cabinet/shared/contracts';
import { MinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, formatDate, FormStatusComponent } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';

/** The next steps the viewer may take on the minutes now: circulate, approve, publish, record as sent. */
@Component({
  selector: 'cab-minutes-workflow',
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatHint, MatInput, MatSelect, MatOption, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './minutes-workflow.component.html',
})
export class MinutesWorkflowComponent {
  readonly minutes = input.required<MinutesView>();
  readonly changed = output<MinutesView>();

  private readonly api = inject(MinutesApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly summaryMax = MINUTES_SUMMARY_MAX;
  protected readonly noteMax = MINUTES_SENT_NOTE_MAX;

  protected readonly summary = linkedSignal(() => this.minutes().summary ?? '');
  protected readonly motionId = linkedSignal(() => this.minutes().approvalMotions[0]?.id ?? '');
  protected readonly sentOn = signal(new Date().toISOString().slice(0, 10));
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal('');
  /** Whether there is a step for the viewer (or news of one just taken): a member reading circulated minutes gets no empty "Next steps". */
  protected readonly shown = computed(() => {
    const m = this.minutes();
    return m.canCirculate || m.canApprove || (m.status === 'circulated' && m.canEdit) || m.canPublish || m.canRecordSent || !!this.done() || !!this.problem();
  });

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected circulate(): void {
    const m = this.minutes();
    this.run(this.api.circulate(m.boardId, m.meetingId), 'meetings.minutes.circulated');
  }

  protected approveAsChair(): void {
    const m = this.minutes();
    this.run(this.api.approve(m.boardId, m.meetingId, { by: 'chair' }), 'meetings.minutes.approved');
  }

  protected approveByMotion(): void {
    const m = this.minutes();
    this.run(this.api.approve(m.boardId, m.meetingId, { by: 'motion', motionId: this.motionId() }), 'meetings.minutes.approved');
  }

  protected publish(): void {
    const m = this.minutes();
    this.run(this.api.publish(m.boardId, m.meetingId, { summary: this.summary() }), 'meetings.minutes.published');
  }

  protected recordSent(): void {
    const m = this.minutes();
    this.run(this.api.recordSent(m.boardId, m.meetingId, { sentOn: this.sentOn(), note: this.note().trim() || null }), 'meetings.minutes.sent.done');
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  private run(request: Observable<MinutesView>, message: 'meetings.minutes.circulated' | 'meetings.minutes.approved' | 'meetings.minutes.published' | 'meetings.minutes.sent.done'): void {
    this.busy.set(true);
    this.problem.set(null);
    this.done.set('');
    request.subscribe({
      next: (view) => {
        this.busy.set(false);
        this.done.set(this.t(message));
        this.changed.emit(view);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }
}
