import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { Db } from '@cabinet/api/database';
import { type InOrganization, Organization } from '@cabinet/api/identity';
import { type BoardSummary, PENDING_STATUSES, Permission } from '@cabinet/shared/contracts';
import { boardDb } from '../access/board-access';
import { Board } from '../entities/board.entity';
import { BoardMember } from '../entities/board-member.entity';

/**
 * The boards the active organisation hosts or co-owns. Managers see them all; everyone else sees
 * the boards they sit on or applied to. Counts come from one grouped query.
 */
@Injectable()
export class ListBoardsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization): Promise<BoardSummary[]> {
    const canManage = auth.permissions.has(Permission.BoardsManage);
    return this.db.transaction(boardDb(auth), async (m) => {
      const mine = await m.find(BoardMember, { where: { userId: auth.userId, status: Not('ended') } });
      const boards = await m.find(Board, { where: canManage ? {} : { id: In(mine.map((x) => x.boardId)) }, order: { name: 'ASC' } });
      if (!boards.length) return [];
      const counts: Array<{ board_id: string; active: number; pending: number }> = await m.query(
        `SELECT board_id, count(*) FILTER (WHERE status = 'active')::int AS active, count(*) FILTER (WHERE status = ANY($2))::int AS pending
           FROM board_member WHERE board_id = ANY($1) GROUP BY board_id`,
        [boards.map((b) => b.id), [...PENDING_STATUSES]],
      );
      const hosts = await m.find(Organization, { where: { id: In([...new Set(boards.map((b) => b.organizationId))]) } });
      return boards.map((board) => {
        const count = counts.find((c) => c.board_id === board.id);
        return {
          id: board.id,
          name: board.name,
          slug: board.slug,
          relation: board.organizationId === auth.organizationId ? 'host' : 'partner',
          hostOrganizationName: hosts.find((h) => h.id === board.organizationId)?.name ?? '',
          activeMembers: count?.active ?? 0,
          pending: canManage ? (count?.pending ?? 0) : 0,
          myStatus: mine.find((x) => x.boardId === board.id)?.status ?? null,
          canManage,
        };
      });
    });
  }
}
