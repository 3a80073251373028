import { ChangeDetectionStrategy, Component, computed, input, output, signal, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent } from '@cabinet/web/shared/ui';
import { MemberActionFormComponent, actionLabel } from './member-action-form.component';
import { type MemberAction, memberActions, renewalBlocked } from './member-actions';

/** The manager's next steps for one membership: one button per allowed step, the chosen one's form below. */
@Component({
  selector: 'cab-member-status-actions',
  imports: [MatButton, MemberActionFormComponent, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="member-actions-heading" data-testid="member-actions">
      <h2 id="member-actions-heading">{{ t('boardMembers.actions.heading') }}</h2>
      <cab-form-status tone="success" [message]="confirmation()" />
      @if (actions().length === 0) {
        <p>{{ t('boardMembers.actions.none') }}</p>
      } @else {
        <div class="cab-actions" role="group" [attr.aria-label]="t('boardMembers.actions.heading')">
          @for (action of actions(); track action) {
            <button
              type="button"
              [matButton]="chosen() === action ? 'filled' : 'outlined'"
              [attr.aria-expanded]="chosen() === action"
              (click)="choose(action)"
              [attr.data-testid]="'action-' + action"
            >
              {{ t(label(action)) }}
            </button>
          }
        </div>
      }
      @if (blocked()) {
        <p class="cab-notice" data-testid="renewal-blocked">{{ t('boardMembers.renew.blocked', { terms: profile().consecutiveTerms }) }}</p>
      }
      @if (chosen(); as action) {
        <cab-member-action-form
          [action]="action"
          [boardId]="profile().boardId"
          [memberId]="profile().id"
          [status]="profile().status"
          [termMonths]="termMonths()"
          (done)="finish($event)"
          (cancelled)="chosen.set(null)"
        />
      }
    </section>
  `,
})
export class MemberStatusActionsComponent {
  readonly profile = input.required<BoardMemberProfile>();
  readonly termMonths = input<number | null>(null);
  readonly updated = output<BoardMemberProfile>();

  protected readonly t = inject(I18nService).t;
  protected readonly actions = computed(() => memberActions(this.profile().status, this.profile().mayRenew));
  protected readonly blocked = computed(() => renewalBlocked(this.profile().status, this.profile().mayRenew));
  protected readonly chosen = signal<MemberAction | null>(null);
  protected readonly confirmation = signal<string | null>(null);

  protected label(action: MemberAction) {
    return actionLabel(action, this.profile().status);
  }

  protected choose(action: MemberAction): void {
    this.confirmation.set(null);
    this.chosen.set(this.chosen() === action ? null : action);
  }

  protected finish(profile: BoardMemberProfile): void {
    this.chosen.set(null);
    this.confirmation.set(this.t('boardMembers.actions.saved'));
    this.updated.emit(profile);
  }
}
