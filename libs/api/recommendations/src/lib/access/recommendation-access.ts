import { type EntityManager, Not } from 'typeorm';
import { Board, type BoardAccess, BoardMember } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import type { InOrganization } from '@cabinet/api/identity';
import { isOrganizer } from '@cabinet/api/meetings';
import { Permission, type RecommendationActorRole, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { Recommendation } from '../entities/recommendation.entity';

/**
 * How the asking person reaches a board's recommendations. Unlike accessBoard, it does not
 * refuse people who are not on the board: the agency's liaisons answer recommendations without
 * sitting on the board. Row-level security has already hidden boards the organisation neither
 * hosts nor co-owns.
 */
export async function reachBoard(m: EntityManager, auth: InOrganization, boardId: string): Promise<BoardAccess> {
  const board = await m.findOne(Board, { where: { id: boardId } });
  if (!board) throw DomainError.notFound('This board');
  const canManage = auth.permissions.has(Permission.BoardsManage);
  const me = await m.findOne(BoardMember, { where: { boardId, userId: auth.userId, status: Not('ended') } });
  return { board, relation: board.organizationId === auth.organizationId ? 'host' : 'partner', canManage, me };
}

/** Seated members and organisers follow the board's recommendations. */
export function isBoardReader(access: BoardAccess): boolean {
  return isOrganizer(access) || (!!access.me && SEATED_STATUSES.includes(access.me.status));
}

/** The board's organisers act for the board; others get the same 404 as outsiders. */
export function assertBoardOrganizer(access: BoardAccess): void {
  if (!isOrganizer(access)) throw DomainError.notFound('This board');
}

export interface RecommendationAccess {
  board: BoardAccess;
  recommendation: Recommendation;
  organizer: boolean;
  /** The asking person answers for the addressed organisation: a named liaison, or a manager there. */
  agency: boolean;
  liaison: boolean;
  /** The asking person, for what depends on who they are (removing evidence they uploaded). */
  userId: string;
}

/**
 * A recommendation of this board as the asking person may see it: drafts only by organisers;
 * once sent, also by the addressed organisation's liaisons and managers. A liaison of another
 * organisation (a partner also sees the board's rows) gets the same 404 as an outsider.
 */
export async function accessRecommendation(m: EntityManager, auth: InOrganization, boardId: string, recommendationId: string, lock = false): Promise<RecommendationAccess> {
  const board = await reachBoard(m, auth, boardId);
  const recommendation = await m.findOne(Recommendation, { where: { id: recommendationId, boardId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!recommendation) throw DomainError.notFound('This recommendation');
  const organizer = isOrganizer(board);
  const addressedToMe = !!recommendation.sentAt && recommendation.addressedOrganizationId === auth.organizationId;
  const liaison = addressedToMe && (await m.exists(RecommendationLiaison, { where: { recommendationId, userId: auth.userId } }));
  const agency = liaison || (addressedToMe && board.canManage);
  const reader = recommendation.status === 'draft' ? organizer : isBoardReader(board);
  if (!reader && !agency) throw DomainError.notFound('This recommendation');
  return { board, recommendation, organizer, agency, liaison, userId: auth.userId };
}

export function assertOrganizerOf(access: RecommendationAccess): void {
  if (!access.organizer) throw DomainError.notFound('This recommendation');
}

export function assertAgency(access: RecommendationAccess): void {
  if (!access.agency) throw DomainError.notFound('This recommendation');
}

/** Who acted for the board, as the timeline shows it: an officer's role, else the board's manager. */
export function boardActor(access: BoardAccess): RecommendationActorRole {
  const role = access.me?.boardRole;
  return role === 'chair' || role === 'co_chair' || role === 'secretary' ? role : 'board_manager';
}

export function agencyActor(access: RecommendationAccess): RecommendationActorRole {
  return access.liaison ? 'liaison' : 'agency_manager';
}
