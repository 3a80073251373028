import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { BoardMemberProfile, EndReason, MemberStatus, TransitionMemberInput } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { endReasonLabel } from '../shared/labels';
import { failWithReasons } from '../shared/problems';
import { TermDateFieldsComponent } from '../shared/term-date-fields.component';
import { ACTION_TARGET, type MemberAction, isPending } from './member-actions';

const SEATED_END_REASONS: readonly EndReason[] = ['term_expired', 'resigned', 'removed'];

/** The labels of a step: "Decline" reads better than "End" for someone still waiting. */
export function actionLabel(action: MemberAction, status: MemberStatus) {
  return action === 'end' && isPending(status) ? ('boardMembers.action.decline' as const) : (`boardMembers.action.${action}` as const);
}

/**
 * One lifecycle step, with only the details it needs: term dates to become active or renew, a reason
 * and last day to end, an optional note otherwise. A refusal (422) shows here, next to the step.
 */
@Component({
  selector: 'cab-member-action-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, FormStatusComponent, TermDateFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-action-form.component.html',
})
export class MemberActionFormComponent {
  readonly action = input.required<MemberAction>();
  readonly boardId = input.required<string>();
  readonly memberId = input.required<string>();
  readonly status = input.required<MemberStatus>();
  /** The board's term length, which an empty end date falls back to. */
  readonly termMonths = input<number | null>(null);
  readonly done = output<BoardMemberProfile>();
  readonly cancelled = output();

  private readonly api = inject(BoardMembersApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly label = computed(() => actionLabel(this.action(), this.status()));
  protected readonly needsTerm = computed(() => this.action() === 'make_active' || this.action() === 'renew');
  protected readonly ending = computed(() => this.action() === 'end');
  protected readonly declining = computed(() => this.ending() && isPending(this.status()));
  protected readonly reasons = computed(() => (this.declining() ? (['declined'] as const) : SEATED_END_REASONS));
  protected readonly reasonLabel = endReasonLabel;

  protected readonly form = inject(NonNullableFormBuilder).group({
    startsOn: [''],
    endsOn: [''],
    reason: ['' as EndReason | '', Validators.required],
    endedOn: [''],
    note: ['', Validators.maxLength(500)],
  });
  protected readonly submission = formSubmit(this.form);

  constructor() {
    // Only the reason of an ending is required; a decline has only one.
    effect(() => {
      const reason = this.form.controls.reason;
      if (this.ending()) reason.enable();
      else reason.disable();
      if (this.declining()) reason.setValue('declined');
    });
  }

  protected submit(): void {
    if (!this.submission.start()) return;
    this.request().subscribe({
      next: (profile) => {
        this.submission.succeed();
        this.done.emit(profile);
      },
      error: (error: unknown) => failWithReasons(this.submission, this.form, error),
    });
  }

  private request(): Observable<BoardMemberProfile> {
    const { startsOn, endsOn, reason, endedOn, note } = this.form.getRawValue();
    const action = this.action();
    const dates = { ...(startsOn ? { startsOn } : {}), ...(endsOn ? { endsOn } : {}) };
    if (action === 'renew') return this.api.renew(this.boardId(), this.memberId(), dates);
    const input: TransitionMemberInput = { to: ACTION_TARGET[action] };
    if (action === 'make_active') Object.assign(input, dates);
    if (action === 'end' && reason) {
      input.reason = reason;
      if (endedOn && !this.declining()) input.endedOn = endedOn;
    }
    if (note.trim()) input.note = note.trim();
    return this.api.transition(this.boardId(), this.memberId(), input);
  }
}
