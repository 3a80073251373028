import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';

/**
 * The board's managers stop holding it to a pack. Its stored results stay (they are the record of
 * what was judged), but the board's compliance page no longer shows the pack. A pack an accepted
 * grant requires stays while the grant stands.
 */
@Injectable()
export class DetachPackUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, packId: string): Promise<void> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      // A grant the host accepted holds the board to its packs: its funder would stop seeing fresh
      // results. Grants are the host's to read, so a partner's manager asks in the host's context.
      await applyDbContext(m, { organizationId: board.organizationId });
      const [required] = (await m.query(
        `SELECT 1 FROM grant_board gb JOIN "grant" g ON g.id = gb.grant_id JOIN grant_pack gp ON gp.grant_id = g.id
          WHERE gb.board_id = $1 AND gp.pack_id = $2 AND g.status = 'accepted' LIMIT 1`,
        [boardId, packId],
      )) as unknown[];
      await applyDbContext(m, boardDb(auth));
      if (required) throw DomainError.invalid('packId', 'is required by a grant the board’s organisation accepted: ask the funder to withdraw the grant first');
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
