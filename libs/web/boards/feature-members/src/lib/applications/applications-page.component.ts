import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { BoardMembersApi, BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { statusLabel } from '../shared/labels';
import { ApplicationCardComponent } from './application-card.component';

/** The managers' review queue: applications from the join page and nominations, oldest first. */
@Component({
  selector: 'cab-applications-page',
  imports: [RouterLink, FormStatusComponent, ApplicationCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './applications-page.component.html',
})
export class ApplicationsPageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly members = inject(BoardMembersApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly applications = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.members.applications(params) });
  protected readonly queue = computed(() => [...(this.applications.value() ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  /** The last decision, announced, with a link to the person's profile. */
  protected readonly lastDecision = signal<BoardMemberProfile | null>(null);

  protected seatName(seatTypeId: string): string | null {
    return this.board.value()?.seatTypes.find((seat) => seat.id === seatTypeId)?.name ?? null;
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  protected decided(profile: BoardMemberProfile): void {
    this.applications.value.update((list) => (list ?? []).filter((item) => item.id !== profile.id));
    this.lastDecision.set(profile);
  }

  protected decisionText(profile: BoardMemberProfile): string {
    return this.t('boardMembers.applications.decided', { name: profile.displayName ?? '', status: this.t(statusLabel(profile.status)) });
  }
}
