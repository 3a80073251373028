import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, newToken, Organization, webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import type { CreateGrantInput, GrantView } from '@cabinet/shared/contracts';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { GrantPack } from '../entities/grant-pack.entity';
import { Grant } from '../entities/grant.entity';
import { loadGrantViews } from '../views/grant-views';

/** How long the grant's link works: a month leaves time for a board meeting to discuss it. */
export const GRANT_LINK_DAYS = 30;

/**
 * A funder records a grant to a service organisation and the packs that apply (Cabinet's or its
 * own), and a link goes to the address it names. Only the link's hash is kept. The funder sees
 * nothing of the organisation until it accepts.
 */
@Injectable()
export class RecordGrantUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, input: CreateGrantInput): Promise<GrantView> {
    const token = newToken();
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const packIds = [...new Set(input.packIds)];
      // Row-level security shows Cabinet's packs and the funder's own: another's is the same 404 as none.
      if ((await m.count(CompliancePack, { where: packIds.map((id) => ({ id })) })) !== packIds.length) throw DomainError.notFound('This pack');
      const funder = await m.findOneByOrFail(Organization, { id: auth.organizationId });
      if (funder.kind !== 'funder') throw DomainError.invalid('granteeEmail', 'can be given by a funder only: grants are recorded by the organisation that pays for them');
      const grant = await m.save(
        m.create(Grant, {
          organizationId: auth.organizationId,
          title: input.title,
          reference: input.reference || null,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          boardsNote: input.boardsNote,
          invitedEmail: input.granteeEmail,
          tokenHash: hashToken(token),
          tokenExpiresAt: new Date(Date.now() + GRANT_LINK_DAYS * 86_400_000),
          createdBy: auth.userId,
        }),
      );
      await m.insert(GrantPack, packIds.map((packId) => ({ grantId: grant.id, packId, organizationId: auth.organizationId })));
      const url = webLink(this.config.APP_URL, '/grants/accept', { token });
      // In English: the other organisation's people and languages are not visible to the funder.
      await queueEmail(m, { to: input.granteeEmail, template: 'grant-invitation', locale: 'en', organizationId: auth.organizationId, data: { funderName: funder.name, grantTitle: grant.title, url } });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'grant.recorded',
        entityType: 'grant',
        entityId: grant.id,
        details: { packs: packIds.length },
      });
      const [view] = await loadGrantViews(m, auth.organizationId, [await m.findOneByOrFail(Grant, { id: grant.id })]);
      return view!;
    });
  }
}
