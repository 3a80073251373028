import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization } from '@cabinet/api/identity';
import { Grant } from '../entities/grant.entity';
import { findLiveGrant } from '../preview-grant/find-live-grant';

/** The service organisation declines a grant's link: the funder sees it declined, and nothing of the organisation's boards. */
@Injectable()
export class DeclineGrantUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, token: string, now = new Date()): Promise<void> {
    const tokenHash = hashToken(token);
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId, grantTokenHash: tokenHash }, async (m) => {
      const grant = await findLiveGrant(m, tokenHash, true, now);
      if (grant.organizationId === auth.organizationId) throw DomainError.invalid('token', 'is for the organisation receiving the grant, not the funder');
      await m.update(Grant, { id: grant.id }, { status: 'declined', granteeOrganizationId: auth.organizationId, tokenHash: null, tokenExpiresAt: null, decidedAt: now, decidedBy: auth.userId });
      await this.audit.record(m, { organizationId: auth.organizationId, actorUserId: auth.userId, requestId: auth.requestId, action: 'grant.declined', entityType: 'grant', entityId: grant.id, details: { funderOrganizationId: grant.organizationId } });
    });
  }
}
