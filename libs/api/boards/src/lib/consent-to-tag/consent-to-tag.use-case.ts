import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile, TagConsentInput } from '@cabinet/shared/contracts';
import { boardDb } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { TagConsent } from '../entities/tag-consent.entity';
import { memberOrSelf } from '../members/member-or-self';
import { loadMemberProfile } from '../views/member-profile';

/**
 * Records a self-attested attribute with the person's consent: given by the member in the app, or
 * recorded by a manager from a signed form. Giving it again while it stands changes nothing.
 */
@Injectable()
export class ConsentToTagUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, memberId: string, input: TagConsentInput): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { access, member, self } = await memberOrSelf(m, auth, boardId, memberId);
      if (!(await m.findOneBy(TagConsent, { memberId, tag: input.tag, revokedAt: IsNull() }))) {
        const consent = await m.save(m.create(TagConsent, { organizationId: member.organizationId, boardId, memberId, tag: input.tag, recordedBy: auth.userId }));
        await requestComplianceReview(m, access.board.organizationId, boardId);
        // Which attribute is special-category data: the trail keeps only that a consent was given.
        await auditBoard(this.audit, m, auth, 'board_member.tag_consent_given', { type: 'tag_consent', id: consent.id }, { boardId, memberId, bySelf: self });
      }
      return loadMemberProfile(m, access, memberId);
    });
  }
}
