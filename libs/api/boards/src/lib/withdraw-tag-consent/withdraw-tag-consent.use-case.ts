import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile, CompositionTag } from '@cabinet/shared/contracts';
import { boardDb } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { TagConsent } from '../entities/tag-consent.entity';
import { memberOrSelf } from '../members/member-or-self';
import { loadMemberProfile } from '../views/member-profile';

/** Withdraws consent: the attribute stops counting at once; the record says when it was given and withdrawn. */
@Injectable()
export class WithdrawTagConsentUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, memberId: string, tag: CompositionTag): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { access, self } = await memberOrSelf(m, auth, boardId, memberId);
      const consent = await m.findOneBy(TagConsent, { memberId, tag, revokedAt: IsNull() });
      if (!consent) throw DomainError.notFound('This consent');
      await m.update(TagConsent, { id: consent.id }, { revokedAt: new Date() });
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, 'board_member.tag_consent_withdrawn', { type: 'tag_consent', id: consent.id }, { boardId, memberId, bySelf: self });
      return loadMemberProfile(m, access, memberId);
    });
  }
}
