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
      // Locked, so two editors saving at once make versions N+1 and N+2, never two N+1.
      const pack = await m.findOne(CompliancePack, { where: { id: packId }, lock: { mode: 'pessimistic_write' } });
      if (!pack) throw DomainError.notFound('This pack');
      if (pack.organizationId === null) throw DomainError.invalid('rules', 'belong to one of Cabinet’s packs, which cannot be changed: make a copy and change that');
      const latest = (await latestVersions(m, [packId])).get(packId);
      await m.update(CompliancePack, { id: packId }, { name: input.name, description: input.description });
      const version = latest && sameRules(latest.rules, input.rules) ? null : (latest?.version ?? 0) + 1;
      if (version !== null) {
        await addVersion(m, pack, version, input.rules, auth.userId);
        // Boards held to the pack are judged by the new rules at once, not at the next nightly run.
        const boards = (await m.query(`SELECT board_id AS "boardId", organization_id AS "organizationId" FROM board_compliance_pack WHERE pack_id = $1`, [packId])) as Array<{
          boardId: string;
          organizationId: string;
        }>;
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
