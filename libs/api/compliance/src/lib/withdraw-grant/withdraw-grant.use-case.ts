import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { GrantView } from '@cabinet/shared/contracts';
import { Grant } from '../entities/grant.entity';
import { loadGrantViews } from '../views/grant-views';

/**
 * The funder withdraws a grant: a link not yet answered stops working, and an accepted grant no
 * longer opens its boards' results to the funder. The boards keep the packs they were held to:
 * that is the service organisation's choice.
 */
@Injectable()
export class WithdrawGrantUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, grantId: string, now = new Date()): Promise<GrantView> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const grant = await m.findOne(Grant, { where: { id: grantId, organizationId: auth.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!grant) throw DomainError.notFound('This grant');
      if (grant.status !== 'invited' && grant.status !== 'accepted') throw DomainError.invalid('status', `is ${grant.status}: only a grant waiting for an answer or accepted can be withdrawn`);
      await m.update(Grant, { id: grantId }, { status: 'withdrawn', tokenHash: null, tokenExpiresAt: null, decidedAt: grant.decidedAt ?? now });
      await this.audit.record(m, { organizationId: auth.organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'grant.withdrawn', entityType: 'grant', entityId: grantId, details: {} });
      const [view] = await loadGrantViews(m, auth.organizationId, [await m.findOneByOrFail(Grant, { id: grantId })]);
      return view!;
    });
  }
}
