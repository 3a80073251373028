import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { BoardMember } from '../entities/board-member.entity';
import { SeatType } from '../entities/seat-type.entity';

/** Removes a seat type nobody has ever held; history keeps the seats people sat in. */
@Injectable()
export class RemoveSeatTypeUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, seatTypeId: string): Promise<void> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      const seat = await m.findOne(SeatType, { where: { id: seatTypeId, boardId }, lock: { mode: 'pessimistic_write' } });
      if (!seat) throw DomainError.notFound('This seat type');
      if (await m.count(BoardMember, { where: { seatTypeId } })) {
        throw DomainError.invalid('seatTypeId', 'is or was held by someone on this board, so it stays in their history: rename it instead');
      }
      await m.delete(SeatType, { id: seatTypeId });
      await auditBoard(this.audit, m, auth, 'board.seat_type_removed', { type: 'seat_type', id: seatTypeId }, { boardId });
    });
  }
}
