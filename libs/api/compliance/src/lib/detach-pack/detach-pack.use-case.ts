import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';

/**
 * The board's managers stop holding it to a pack. Its stored results stay (they are the record of
 * what was judged), but the board's compliance page no longer shows the pack.
 */
@Injectable()
export class DetachPackUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, packId: string): Promise<void> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      const removed = await m.delete(BoardCompliancePack, { boardId, packId });
      if (!removed.affected) throw DomainError.notFound('This pack');
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'compliance_pack.detached',
        entityType: 'board',
        entityId: boardId,
        details: { packId },
      });
    });
  }
}
