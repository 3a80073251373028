import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { boardDb, lockMember, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { OnboardingCompletion } from '../entities/onboarding-completion.entity';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { loadMemberProfile } from '../views/member-profile';

/** A manager ticks an onboarding step off for a member, or takes the tick back (a mistake). */
@Injectable()
export class RecordOnboardingStepUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, memberId: string, stepId: string, done: boolean): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await manageBoard(m, auth, boardId);
      const member = await lockMember(m, boardId, memberId);
      if (!(await m.findOneBy(OnboardingStep, { id: stepId, boardId, archivedAt: IsNull() }))) throw DomainError.notFound('This onboarding step');
      if (done) {
        await m
          .createQueryBuilder()
          .insert()
          .into(OnboardingCompletion)
          .values({ organizationId: member.organizationId, boardId, memberId, stepId, recordedBy: auth.userId })
          .orIgnore()
          .execute();
      } else {
        await m.delete(OnboardingCompletion, { memberId, stepId });
      }
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, done ? 'board_member.onboarding_step_completed' : 'board_member.onboarding_step_undone', { type: 'board_member', id: memberId }, { boardId, stepId });
      return loadMemberProfile(m, access, memberId);
    });
  }
}
