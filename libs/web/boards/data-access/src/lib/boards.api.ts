import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddBoardMemberInput,
  BoardDetail,
  BoardMemberProfile,
  BoardPartnerView,
  BoardSummary,
  CompositionTag,
  CompositionTargetView,
  CompositionTargetsInput,
  ConflictDeclarationInput,
  CreateBoardInput,
  OnboardingStepInput,
  OnboardingStepView,
  PartnerInvitationCreated,
  PartnerInvitationInput,
  PartnerInvitationView,
  PartnershipPreview,
  PendingMember,
  PublicApplicationInput,
  PublicBoardView,
  RenewTermInput,
  SeatTypeInput,
  SeatTypeView,
  TagConsentInput,
  TransitionMemberInput,
  UpdateBoardInput,
  UpdateBoardMemberInput,
  UpdateMyMembershipInput,
  UpdateSeatTypeInput,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const board = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
const member = (boardId: string, memberId: string) => `${board(boardId)}/members/${encodeURIComponent(memberId)}`;

/** Boards of the active organisation (hosted or co-owned), their settings, seats and partners. */
@Injectable({ providedIn: 'root' })
export class BoardsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<BoardSummary[]> {
    return this.http.get<BoardSummary[]>('/api/boards');
  }

  create(input: CreateBoardInput): Observable<BoardDetail> {
    return this.http.post<BoardDetail>('/api/boards', input);
  }

  get(boardId: string): Observable<BoardDetail> {
    return this.http.get<BoardDetail>(board(boardId));
  }

  update(boardId: string, input: UpdateBoardInput): Observable<BoardDetail> {
    return this.http.patch<BoardDetail>(board(boardId), input);
  }

  addSeatType(boardId: string, input: SeatTypeInput): Observable<SeatTypeView> {
    return this.http.post<SeatTypeView>(`${board(boardId)}/seat-types`, input);
  }

  updateSeatType(boardId: string, seatTypeId: string, input: UpdateSeatTypeInput): Observable<SeatTypeView> {
    return this.http.patch<SeatTypeView>(`${board(boardId)}/seat-types/${encodeURIComponent(seatTypeId)}`, input);
  }

  removeSeatType(boardId: string, seatTypeId: string): Observable<void> {
    return this.http.delete<void>(`${board(boardId)}/seat-types/${encodeURIComponent(seatTypeId)}`);
  }

  setTargets(boardId: string, input: CompositionTargetsInput): Observable<CompositionTargetView[]> {
    return this.http.put<CompositionTargetView[]>(`${board(boardId)}/composition-targets`, input);
  }

  addOnboardingStep(boardId: string, input: OnboardingStepInput): Observable<OnboardingStepView> {
    return this.http.post<OnboardingStepView>(`${board(boardId)}/onboarding-steps`, input);
  }

  removeOnboardingStep(boardId: string, stepId: string): Observable<void> {
    return this.http.delete<void>(`${board(boardId)}/onboarding-steps/${encodeURIComponent(stepId)}`);
  }

  partners(boardId: string): Observable<{ partners: BoardPartnerView[]; invitations: PartnerInvitationView[] }> {
    return this.http.get<{ partners: BoardPartnerView[]; invitations: PartnerInvitationView[] }>(`${board(boardId)}/partners`);
  }

  invitePartner(boardId: string, input: PartnerInvitationInput): Observable<PartnerInvitationCreated> {
    return this.http.post<PartnerInvitationCreated>(`${board(boardId)}/partner-invitations`, input);
  }

  revokePartnerInvitation(boardId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${board(boardId)}/partner-invitations/${encodeURIComponent(invitationId)}`);
  }

  /** The host ends a partner's partnership, or a partner leaves (its own organisation id). */
  endPartnership(boardId: string, organizationId: string): Observable<void> {
    return this.http.delete<void>(`${board(boardId)}/partners/${encodeURIComponent(organizationId)}`);
  }

  previewPartnership(token: string): Observable<PartnershipPreview> {
    return this.http.get<PartnershipPreview>('/api/board-partnerships/preview', { params: new HttpParams().set('token', token) });
  }

  acceptPartnership(token: string): Observable<BoardSummary> {
    return this.http.post<BoardSummary>('/api/board-partnerships/accept', { token });
  }
}

/** People on a board: the review queue, profiles, lifecycle steps, onboarding and consents. */
@Injectable({ providedIn: 'root' })
export class BoardMembersApi {
  private readonly http = inject(HttpClient);

  applications(boardId: string): Observable<PendingMember[]> {
    return this.http.get<PendingMember[]>(`${board(boardId)}/applications`);
  }

  add(boardId: string, input: Partial<AddBoardMemberInput> & Pick<AddBoardMemberInput, 'seatTypeId' | 'status'>): Observable<BoardMemberProfile> {
    return this.http.post<BoardMemberProfile>(`${board(boardId)}/members`, input);
  }

  profile(boardId: string, memberId: string): Observable<BoardMemberProfile> {
    return this.http.get<BoardMemberProfile>(member(boardId, memberId));
  }

  update(boardId: string, memberId: string, input: UpdateBoardMemberInput): Observable<BoardMemberProfile> {
    return this.http.patch<BoardMemberProfile>(member(boardId, memberId), input);
  }

  transition(boardId: string, memberId: string, input: TransitionMemberInput): Observable<BoardMemberProfile> {
    return this.http.post<BoardMemberProfile>(`${member(boardId, memberId)}/transition`, input);
  }

  renew(boardId: string, memberId: string, input: RenewTermInput): Observable<BoardMemberProfile> {
    return this.http.post<BoardMemberProfile>(`${member(boardId, memberId)}/renew`, input);
  }

  completeStep(boardId: string, memberId: string, stepId: string): Observable<BoardMemberProfile> {
    return this.http.put<BoardMemberProfile>(`${member(boardId, memberId)}/onboarding/${encodeURIComponent(stepId)}`, null);
  }

  undoStep(boardId: string, memberId: string, stepId: string): Observable<BoardMemberProfile> {
    return this.http.delete<BoardMemberProfile>(`${member(boardId, memberId)}/onboarding/${encodeURIComponent(stepId)}`);
  }

  declareConflict(boardId: string, memberId: string, input: ConflictDeclarationInput): Observable<BoardMemberProfile> {
    return this.http.post<BoardMemberProfile>(`${member(boardId, memberId)}/declarations`, input);
  }

  consentToTag(boardId: string, memberId: string, input: TagConsentInput): Observable<BoardMemberProfile> {
    return this.http.post<BoardMemberProfile>(`${member(boardId, memberId)}/tags`, input);
  }

  revokeTag(boardId: string, memberId: string, tag: CompositionTag): Observable<BoardMemberProfile> {
    return this.http.delete<BoardMemberProfile>(`${member(boardId, memberId)}/tags/${encodeURIComponent(tag)}`);
  }

  updateMe(boardId: string, input: UpdateMyMembershipInput): Observable<BoardMemberProfile> {
    return this.http.patch<BoardMemberProfile>(`${board(boardId)}/me`, input);
  }
}

/** A board's public page and join form: no account needed. */
@Injectable({ providedIn: 'root' })
export class PublicBoardsApi {
  private readonly http = inject(HttpClient);

  board(slug: string): Observable<PublicBoardView> {
    return this.http.get<PublicBoardView>(`/api/public/boards/${encodeURIComponent(slug)}`);
  }

  apply(slug: string, input: PublicApplicationInput): Observable<{ received: true }> {
    return this.http.post<{ received: true }>(`/api/public/boards/${encodeURIComponent(slug)}/applications`, input);
  }
}
