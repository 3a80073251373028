import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { CompliancePackView, RulePackInput } from '@cabinet/shared/contracts';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { addVersion } from '../packs/add-version';
import { loadPackView } from '../views/pack-views';

/**
 * An organisation composes a pack of its own from the rule kinds (a funder for its grantees, a
 * service for itself): the pack and its first version, parameters already checked against each
 * kind's schema by the request's validation.
 */
@Injectable()
export class ComposePackUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, input: RulePackInput): Promise<CompliancePackView> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const pack = await m.save(
        m.create(CompliancePack, { organizationId: auth.organizationId, key: null, name: input.name, description: input.description, jurisdiction: null, createdBy: auth.userId }),
      );
      await addVersion(m, pack, 1, input.rules, auth.userId);
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'compliance_pack.composed',
        entityType: 'compliance_pack',
        entityId: pack.id,
        details: { version: 1, rules: input.rules.length },
      });
      return loadPackView(m, pack.id);
    });
  }
}
