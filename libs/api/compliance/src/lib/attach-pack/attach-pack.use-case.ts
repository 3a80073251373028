import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';
import { CompliancePack } from '../entities/compliance-pack.entity';

/**
 * The board's managers hold it to a pack (Cabinet's or their organisation's own). The board is
 * evaluated in the background right away (an outbox request in the same transaction), over the
 * reporting years its history covers.
 */
@Injectable()
export class AttachPackUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, packId: string): Promise<void> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      // Row-level security shows Cabinet's packs and the organisation's own: another's is the same 404 as none.
      if (!(await m.exists(CompliancePack, { where: { id: packId } }))) throw DomainError.notFound('This pack');
      const added = await m
        .createQueryBuilder()
        .insert()
        .into(BoardCompliancePack)
        .values({ boardId, packId, organizationId: board.organizationId, addedBy: auth.userId })
        .orIgnore()
        .execute();
      if ((added.raw as unknown[]).length === 0) throw DomainError.invalid('packId', 'already applies to this board');
      await requestComplianceReview(m, board.organizationId, boardId);
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'compliance_pack.attached',
        entityType: 'board',
        entityId: boardId,
        details: { packId },
      });
    });
  }
}
