import type { EntityManager } from 'typeorm';
import { Board, manageBoard } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import type { InOrganization } from '@cabinet/api/identity';
import { coveredBoards } from '../get-portfolio/get-portfolio.use-case';

/** How the asking organisation reaches the board: as its host or partner (its managers), or as a funder through a grant. */
export type ExportAudience = 'board' | 'funder';

/**
 * The first step of every export use case: the board's managers, or a funder whose accepted grant
 * covers the board. Anyone else gets the same 404 as for a board that does not exist.
 */
export async function reachBoardForExport(m: EntityManager, auth: InOrganization, boardId: string, audience: ExportAudience): Promise<void> {
  if (audience === 'board') {
    await manageBoard(m, auth, boardId);
    return;
  }
  if ((await coveredBoards(m, auth.organizationId, boardId)).length === 0) throw DomainError.notFound('This board');
}

/** Row-level security shows a board only to its host and partners: a funder reaches it through a grant instead. */
export async function audienceOf(m: EntityManager, boardId: string): Promise<ExportAudience> {
  return (await m.exists(Board, { where: { id: boardId } })) ? 'board' : 'funder';
}
