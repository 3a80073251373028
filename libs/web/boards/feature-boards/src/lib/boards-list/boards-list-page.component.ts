import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { type BoardSummary, Permission } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, MEMBER_STATUS_LABEL_KEYS } from '@cabinet/web/shared/ui';

/**
 * The boards of the active organisation: those it hosts and those it runs with others. Managers see
 * all of them with the applications waiting; everyone else sees the boards they sit on.
 */
@Component({
  selector: 'cab-boards-list-page',
  imports: [RouterLink, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './boards-list-page.component.html',
  styleUrl: './boards-list-page.component.scss',
})
export class BoardsListPageComponent {
  private readonly api = inject(BoardsApi);
  protected readonly store = inject(SessionStore);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly statusLabels = MEMBER_STATUS_LABEL_KEYS;

  protected readonly canCreate = computed(() => this.store.can(Permission.BoardsManage));
  protected readonly boards = rxResource({ params: () => this.store.activeOrganization()?.id, stream: () => this.api.list() });
  /** The board this organisation just left, passed in navigation state from its settings; absent after a refresh, which is fine. */
  protected readonly leftBoard: string | null = readLeftBoard(inject(Router).currentNavigation()?.extras.state ?? inject(Location).getState());

  protected relation(board: BoardSummary): string {
    return this.t(board.relation === 'host' ? 'boards.labels.relation.host' : 'boards.labels.relation.partner', { organization: board.hostOrganizationName });
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}

function readLeftBoard(state: unknown): string | null {
  const name = typeof state === 'object' && state !== null ? (state as { leftBoard?: unknown }).leftBoard : null;
  return typeof name === 'string' && name !== '' ? name : null;
}
