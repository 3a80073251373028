import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { CompliancePackView, RulePackInput } from '@cabinet/shared/contracts';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { latestVersions } from '../evaluate-board/stored-versions';
import { loadPackView } from '../views/pack-views';
import { addVersion } from '../packs/add-version';
import { sameRules } from '../packs/same-rules';

/**
 * Edits an organisation's own pack. Changed rules make a new version (the boards held to the pack
 * are judged by it from their next evaluation; results already stored keep the version they used);
 * a new name or description alone changes the pack, not its rules. Cabinet's packs are never
 * edited: an organisation copies one into a pack of its own.
 */
@Injectable()
export class RevisePackUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, packId: string, input: RulePackInput): Promise<CompliancePackView> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const visible = await m.findOne(CompliancePack, { where: { id: packId } });
      if (!visible) throw DomainError.notFound('This pack');
      if (visible.organizationId === null) throw DomainError.invalid('rules', 'belong to one of Cabinet’s packs, which cannot be changed: make a copy and change that');
      // Locked, so two editors saving at once make versions N+1 and N+2, never two N+1. Row-level
      // security locks only the organisation's own packs: another's (a funder's, read through a grant) is not found.
      const pack = await m.findOne(CompliancePack, { where: { id: packId }, lock: { mode: 'pessimistic_write' } });
      if (!pack) throw DomainError.notFound('This pack');
      const latest = (await latestVersions(m, [packId])).get(packId);
      await m.update(CompliancePack, { id: packId }, { name: input.name, description: input.description });
      const version = latest && sameRules(latest.rules, input.rules) ? null : (latest?.version ?? 0) + 1;
      if (version !== null) {
        await addVersion(m, pack, version, input.rules, auth.userId);
        // Boards held to the pack are judged by the new rules at once, not at the next nightly run.
        // The organisation's own boards, and the boards its accepted grants cover (held to the pack in the grantee's organisation).
        const boards = (await m.query(
          `SELECT board_id AS "boardId", organization_id AS "organizationId" FROM board_compliance_pack WHERE pack_id = $1
           UNION
           SELECT gb.board_id, gb.grantee_organization_id FROM grant_board gb JOIN grant_pack gp ON gp.grant_id = gb.grant_id JOIN "grant" g ON g.id = gb.grant_id
            WHERE gp.pack_id = $1 AND g.status = 'accepted' AND g.organization_id = $2`,
          [packId, auth.organizationId],
        )) as Array<{ boardId: string; organizationId: string }>;
        for (const board of boards) await requestComplianceReview(m, board.organizationId, board.boardId);
      }
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'compliance_pack.revised',
        entityType: 'compliance_pack',
        entityId: packId,
        details: { version: version ?? latest?.version ?? null, rules: input.rules.length },
      });
      return loadPackView(m, packId);
    });
  }
}
