import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Board } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, Organization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { AcceptGrantInput, GrantView } from '@cabinet/shared/contracts';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';
import { GrantBoard } from '../entities/grant-board.entity';
import { GrantPack } from '../entities/grant-pack.entity';
import { Grant } from '../entities/grant.entity';
import { findLiveGrant } from '../preview-grant/find-live-grant';
import { loadGrantViews } from '../views/grant-views';

/**
 * The service organisation accepts a grant, naming which of the boards it hosts the grant covers.
 * Those boards are held to the grant's packs (kept if they already were) and evaluated at once;
 * from now on the funder reads their results, nothing else. The link stops working.
 */
@Injectable()
export class AcceptGrantUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, input: AcceptGrantInput, now = new Date()): Promise<GrantView> {
    const tokenHash = hashToken(input.token);
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId, grantTokenHash: tokenHash }, async (m) => {
      const grant = await findLiveGrant(m, tokenHash, true, now);
      const organization = await m.findOneByOrFail(Organization, { id: auth.organizationId });
      if (organization.kind === 'funder') throw DomainError.invalid('token', 'is for the organisation that runs the boards: a funder cannot accept a grant');
      if (grant.organizationId === auth.organizationId) throw DomainError.invalid('token', 'is for the organisation receiving the grant, not the funder');
      const boardIds = [...new Set(input.boardIds)];
      const hosted = await m.find(Board, { where: boardIds.map((id) => ({ id, organizationId: auth.organizationId })), select: { id: true, name: true } });
      if (hosted.length !== boardIds.length) throw DomainError.invalid('boardIds', 'must be boards your organisation hosts');

      await m.update(Grant, { id: grant.id }, { status: 'accepted', granteeOrganizationId: auth.organizationId, tokenHash: null, tokenExpiresAt: null, decidedAt: now, decidedBy: auth.userId });
      const packIds = (await m.find(GrantPack, { where: { grantId: grant.id } })).map((one) => one.packId);
      await m.insert(GrantBoard, hosted.map((board) => ({ grantId: grant.id, boardId: board.id, organizationId: grant.organizationId, granteeOrganizationId: auth.organizationId, boardName: board.name })));
      for (const boardId of boardIds) {
        await m
          .createQueryBuilder()
          .insert()
          .into(BoardCompliancePack)
          .values(packIds.map((packId) => ({ boardId, packId, organizationId: auth.organizationId, addedBy: auth.userId })))
          .orIgnore()
          .execute();
        await requestComplianceReview(m, auth.organizationId, boardId);
      }
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'grant.accepted',
        entityType: 'grant',
        entityId: grant.id,
        details: { funderOrganizationId: grant.organizationId, boards: boardIds.length },
      });
      const [view] = await loadGrantViews(m, auth.organizationId, [await m.findOneByOrFail(Grant, { id: grant.id })]);
      return view!;
    });
  }
}
