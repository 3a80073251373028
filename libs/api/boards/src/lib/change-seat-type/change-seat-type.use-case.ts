import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db, isUniqueViolation } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import { type SeatTypeView, type UpdateSeatTypeInput, VOTING_BOARD_ROLES } from '@cabinet/shared/contracts';
import { In, Not } from 'typeorm';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { seatNameTaken } from '../add-seat-type/add-seat-type.use-case';
import { BoardMember } from '../entities/board-member.entity';
import { SeatType } from '../entities/seat-type.entity';
import { toSeatTypeView } from '../views/board-settings.view';

/** Renames a seat type or changes whether it votes; a seat holding a chair cannot stop voting. */
@Injectable()
export class ChangeSeatTypeUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: InOrganization, boardId: string, seatTypeId: string, input: UpdateSeatTypeInput): Promise<SeatTypeView> {
    try {
      return await this.db.transaction(boardDb(auth), async (m) => {
        await manageBoard(m, auth, boardId);
        const seat = await m.findOne(SeatType, { where: { id: seatTypeId, boardId }, lock: { mode: 'pessimistic_write' } });
        if (!seat) throw DomainError.notFound('This seat type');
        if (input.voting === false && seat.voting) {
          const officers = await m.count(BoardMember, { where: { seatTypeId, status: Not('ended'), boardRole: In([...VOTING_BOARD_ROLES]) } });
          if (officers) throw DomainError.invalid('voting', 'cannot be turned off while a chair or co-chair sits in this seat type: they need a vote');
        }
        Object.assign(seat, input);
        await m.save(SeatType, seat);
        if (input.voting !== undefined || input.kind !== undefined) await requestComplianceReview(m, seat.organizationId, boardId);
        await auditBoard(this.audit, m, auth, 'board.seat_type_changed', { type: 'seat_type', id: seat.id }, { boardId, voting: seat.voting });
        const filled = await m.count(BoardMember, { where: { seatTypeId, status: 'active' } });
        return toSeatTypeView(seat, filled);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_seat_type_name')) throw seatNameTaken();
      throw error;
    }
  }
}
