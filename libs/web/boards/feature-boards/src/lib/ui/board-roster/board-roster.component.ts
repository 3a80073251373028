import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RosterMember, SeatTypeView } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { BOARD_ROLE_LABEL_KEYS, MEMBER_STATUS_LABEL_KEYS, formatDay } from '@cabinet/web/shared/ui';
import { groupRoster } from './roster-groups';

/**
 * The people on a board, grouped by seat type. Everyone sees names (or pseudonyms, or only the role
 * for people listed by role), status, office, term end and whether they can vote; legal names and
 * contact details come from the API for managers only. Profiles open for managers and for one's own row.
 */
@Component({
  selector: 'cab-board-roster',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-roster.component.html',
  styleUrl: './board-roster.component.scss',
})
export class BoardRosterComponent {
  readonly boardId = input.required<string>();
  readonly seatTypes = input.required<readonly SeatTypeView[]>();
  readonly roster = input.required<readonly RosterMember[]>();
  readonly canManage = input(false);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly statusLabels = MEMBER_STATUS_LABEL_KEYS;
  protected readonly roleLabels = BOARD_ROLE_LABEL_KEYS;
  protected readonly groups = computed(() => groupRoster(this.seatTypes(), this.roster()));

  /** The display name, or for someone listed by role only, their office (or just "Listed by role"). */
  protected nameOf(member: RosterMember): string {
    if (member.displayName) return member.displayName;
    return member.boardRole ? this.t(this.roleLabels[member.boardRole]) : this.t('boards.labels.listedByRole');
  }

  protected mayOpen(member: RosterMember): boolean {
    return this.canManage() || member.isMe;
  }

  protected seatSummary(seat: SeatTypeView): string {
    return seat.seatCount === null
      ? this.t('boards.roster.filled', { filled: seat.filled })
      : this.t('boards.roster.filledOf', { filled: seat.filled, count: seat.seatCount });
  }

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }
}
