import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { CompositionTargetsInput, CompositionTargetView } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { CompositionTarget } from '../entities/composition-target.entity';
import { SeatType } from '../entities/seat-type.entity';

/** Replaces the board's composition targets as one list (the editor saves them together). */
@Injectable()
export class SetCompositionTargetsUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, input: CompositionTargetsInput): Promise<CompositionTargetView[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      const seats = new Set((await m.find(SeatType, { where: { boardId } })).map((s) => s.id));
      input.targets.forEach((target, i) => {
        if (target.seatTypeId && !seats.has(target.seatTypeId)) throw DomainError.invalid(`targets.${i}.seatTypeId`, 'must be one of this board\'s seat types');
      });
      await m.delete(CompositionTarget, { boardId });
      const saved = input.targets.length
        ? await m.save(input.targets.map((target, position) => m.create(CompositionTarget, { ...target, position, organizationId: board.organizationId, boardId })))
        : [];
      await auditBoard(this.audit, m, auth, 'board.targets_set', { type: 'board', id: boardId }, { targets: saved.length });
      return saved.map((t) => ({ id: t.id, label: t.label, seatTypeId: t.seatTypeId, tag: t.tag, minPercent: t.minPercent }));
    });
  }
}
