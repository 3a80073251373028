import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db, isUniqueViolation } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { SeatTypeInput, SeatTypeView } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { SeatType } from '../entities/seat-type.entity';
import { toSeatTypeView } from '../views/board-settings.view';

export const seatNameTaken = () => DomainError.invalid('name', 'is already the name of a seat type on this board');

/** A board's own kind of seat, added after the standard ones. */
@Injectable()
export class AddSeatTypeUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  async execute(auth: InOrganization, boardId: string, input: SeatTypeInput): Promise<SeatTypeView> {
    try {
      return await this.db.transaction(boardDb(auth), async (m) => {
        const { board } = await manageBoard(m, auth, boardId);
        const position = await m.count(SeatType, { where: { boardId } });
        const seat = await m.save(m.create(SeatType, { ...input, position, organizationId: board.organizationId, boardId }));
        await auditBoard(this.audit, m, auth, 'board.seat_type_added', { type: 'seat_type', id: seat.id }, { boardId, voting: seat.voting });
        return toSeatTypeView(seat, 0);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_seat_type_name')) throw seatNameTaken();
      throw error;
    }
  }
}
