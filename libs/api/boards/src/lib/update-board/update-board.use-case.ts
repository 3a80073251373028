import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db, isUniqueViolation } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardDetail, UpdateBoardInput } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { checkBoardSettings } from '../create-board/board-settings-rules';
import { Board } from '../entities/board.entity';
import { todayIso } from '../rules/dates';
import { loadBoardDetail } from '../views/board-detail';

/** Changes a board's settings; either co-owner's managers may. */
@Injectable()
export class UpdateBoardUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: InOrganization, boardId: string, input: UpdateBoardInput): Promise<BoardDetail> {
    try {
      return await this.db.transaction(boardDb(auth), async (m) => {
        const access = await manageBoard(m, auth, boardId);
        const changed = Object.keys(input).filter((key) => input[key as keyof UpdateBoardInput] !== undefined);
        Object.assign(access.board, input, { updatedAt: new Date() });
        checkBoardSettings(access.board);
        await m.save(Board, access.board);
        // The quorum rule decides which held meetings were quorate.
        if (input.quorumKind !== undefined || input.quorumCount !== undefined || input.onboardingGatesVoting !== undefined) await requestComplianceReview(m, access.board.organizationId, boardId);
        await auditBoard(this.audit, m, auth, 'board.settings_changed', { type: 'board', id: boardId }, { fields: changed.sort().join(',') });
        return loadBoardDetail(m, access, todayIso());
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_board_slug')) throw DomainError.invalid('slug', 'is already used by another board: choose another web address');
      throw error;
    }
  }
}
