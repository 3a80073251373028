import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { PENDING_STATUSES, type PendingMember } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { BoardMember } from '../entities/board-member.entity';

/** The managers' review queue: applications from the public page and nominations, oldest first. */
@Injectable()
export class ListApplicationsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string): Promise<PendingMember[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      const pending = await m.find(BoardMember, { where: { boardId, status: In([...PENDING_STATUSES]) }, order: { createdAt: 'ASC' } });
      return pending.map((p) => ({
        id: p.id,
        status: p.status,
        source: p.source,
        displayName: p.displayName,
        legalName: p.legalName,
        email: p.email,
        phone: p.phone,
        seatTypeId: p.seatTypeId,
        applicationNote: p.applicationNote,
        createdAt: p.createdAt.toISOString(),
      }));
    });
  }
}
