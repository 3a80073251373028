import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type BoardDetail, Permission } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, MEMBER_STATUS_LABEL_KEYS, formatDay } from '@cabinet/web/shared/ui';
import { BoardRosterComponent } from '../ui/board-roster/board-roster.component';
import { CompositionMeterComponent } from '../ui/composition-meter/composition-meter.component';

/**
 * One board: what it is for, who runs it, its make-up against its targets and its roster by seat.
 * Managers also get the terms ending soon and links to add members, review applications and change
 * settings. What each person sees is already cut by the API; this page only lays it out.
 */
@Component({
  selector: 'cab-board-page',
  imports: [RouterLink, FormStatusComponent, CompositionMeterComponent, BoardRosterComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-page.component.html',
  styleUrl: './board-page.component.scss',
})
export class BoardPageComponent {
  /** From the address: `/boards/:boardId`. */
  readonly boardId = input.required<string>();
  private readonly api = inject(BoardsApi);
  private readonly store = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;

  protected readonly board = rxResource({
    // The organisation is part of the key: switching it reloads what this person may see.
    params: () => ({ boardId: this.boardId(), organizationId: this.store.activeOrganization()?.id }),
    stream: ({ params }) => this.api.get(params.boardId),
  });

  protected readonly canReadCompliance = computed(() => this.store.can(Permission.ComplianceRead));

  protected readonly myStatus = computed(() => {
    const board = this.board.value();
    const me = board?.roster.find((member) => member.id === board.myMemberId || member.isMe);
    return me ? this.t(MEMBER_STATUS_LABEL_KEYS[me.status]) : null;
  });

  protected relation(board: BoardDetail): string {
    return this.t(board.relation === 'host' ? 'boards.labels.relation.host' : 'boards.labels.relation.partner', { organization: board.hostOrganizationName });
  }

  protected partnerNames(board: BoardDetail): string {
    const names = board.partners.map((partner) => partner.name);
    // Seen from a partner, the host runs the board with them too.
    if (board.relation === 'partner') names.unshift(board.hostOrganizationName);
    return new Intl.ListFormat(this.i18n.locale(), { style: 'long', type: 'conjunction' }).format(names);
  }

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
