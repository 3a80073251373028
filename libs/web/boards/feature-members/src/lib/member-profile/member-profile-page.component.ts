import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { BoardMembersApi, BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { MemberStatusActionsComponent } from '../member-actions/member-status-actions.component';
import { boardRoleLabel, endReasonLabel, statusLabel } from '../shared/labels';
import { MemberConsentsComponent } from './member-consents.component';
import { MemberDeclarationsComponent } from './member-declarations.component';
import { MemberEditFormComponent } from './member-edit-form.component';
import { MemberHistoryComponent } from './member-history.component';
import { MemberOnboardingComponent } from './member-onboarding.component';
import { MyMembershipFormComponent } from './my-membership-form.component';

/**
 * One person's membership of a board, for the board's managers and for the person themselves. The
 * API refuses anyone else; what is on screen and which actions show follow `canManage` and `isMe`.
 */
@Component({
  selector: 'cab-member-profile-page',
  imports: [
    RouterLink,
    FormStatusComponent,
    MemberStatusActionsComponent,
    MemberHistoryComponent,
    MemberOnboardingComponent,
    MemberConsentsComponent,
    MemberDeclarationsComponent,
    MemberEditFormComponent,
    MyMembershipFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-profile-page.component.html',
  styleUrl: './member-profile-page.component.scss',
})
export class MemberProfilePageComponent {
  readonly boardId = input.required<string>();
  readonly memberId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly members = inject(BoardMembersApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly statusLabel = statusLabel;
  protected readonly roleLabel = boardRoleLabel;
  protected readonly reasonLabel = endReasonLabel;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly profile = rxResource({
    params: () => ({ boardId: this.boardId(), memberId: this.memberId() }),
    stream: ({ params }) => this.members.profile(params.boardId, params.memberId),
  });

  protected readonly canManage = computed(() => this.board.value()?.canManage ?? false);
  protected readonly seat = computed(() => {
    const seatTypeId = this.profile.value()?.seatTypeId;
    return this.board.value()?.seatTypes.find((seat) => seat.id === seatTypeId) ?? null;
  });

  protected name(profile: BoardMemberProfile): string {
    return profile.displayName ?? profile.legalName ?? this.t('boardMembers.profile.unnamed');
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  /** Every action answers with the whole profile as it now stands. */
  protected replace(profile: BoardMemberProfile): void {
    this.profile.value.set(profile);
  }

  /** A change of account or seat also changes the board's roster: read it again, so the account list stays true. */
  protected edited(profile: BoardMemberProfile): void {
    this.replace(profile);
    this.board.reload();
  }
}
