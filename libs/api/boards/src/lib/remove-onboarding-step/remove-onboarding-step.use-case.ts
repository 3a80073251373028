import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { OnboardingStep } from '../entities/onboarding-step.entity';

/** Takes a step off the checklist. It is archived, so members' completed steps stay on record. */
@Injectable()
export class RemoveOnboardingStepUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, stepId: string): Promise<void> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      const result = await m.update(OnboardingStep, { id: stepId, boardId, archivedAt: IsNull() }, { archivedAt: new Date() });
      if (!result.affected) throw DomainError.notFound('This onboarding step');
      // Members who lacked only this step have now finished their onboarding.
      await requestComplianceReview(m, board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, 'board.onboarding_step_removed', { type: 'onboarding_step', id: stepId }, { boardId });
    });
  }
}
