import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BoardMemberProfile, PendingMember } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime } from '@cabinet/web/shared/ui';
import { MemberActionFormComponent } from '../member-actions/member-action-form.component';
import { problemText } from '../shared/problems';

/** One application or nomination, with the manager's three answers: guest, active member, or decline. */
@Component({
  selector: 'cab-application-card',
  imports: [MatButton, RouterLink, FormStatusComponent, MemberActionFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-card.component.html',
  styles: `
    h3 {
      margin: 0 0 0.25rem;
    }
    .note {
      white-space: pre-line;
    }
  `,
})
export class ApplicationCardComponent {
  readonly application = input.required<PendingMember>();
  readonly boardId = input.required<string>();
  readonly seatName = input<string | null>(null);
  readonly termMonths = input<number | null>(null);
  readonly decided = output<BoardMemberProfile>();

  private readonly api = inject(BoardMembersApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly open = signal<'make_active' | 'end' | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected toggle(form: 'make_active' | 'end'): void {
    this.problem.set(null);
    this.open.set(this.open() === form ? null : form);
  }

  protected acceptAsGuest(): void {
    this.problem.set(null);
    this.open.set(null);
    this.busy.set(true);
    this.api.transition(this.boardId(), this.application().id, { to: 'guest' }).subscribe({
      next: (profile) => {
        this.busy.set(false);
        this.decided.emit(profile);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(problemText(error, this.errorText));
      },
    });
  }
}
