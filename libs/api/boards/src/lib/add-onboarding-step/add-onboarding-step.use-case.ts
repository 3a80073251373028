import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { OnboardingStepInput, OnboardingStepView } from '@cabinet/shared/contracts';
import { boardDb, manageBoard } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { OnboardingStep } from '../entities/onboarding-step.entity';

/** Adds a step to the board's onboarding checklist. */
@Injectable()
export class AddOnboardingStepUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, input: OnboardingStepInput): Promise<OnboardingStepView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      const position = await m.count(OnboardingStep, { where: { boardId, archivedAt: IsNull() } });
      const step = await m.save(m.create(OnboardingStep, { ...input, position, organizationId: board.organizationId, boardId }));
      // A new step leaves members who had finished their onboarding with one more to do.
      await requestComplianceReview(m, board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, 'board.onboarding_step_added', { type: 'onboarding_step', id: step.id }, { boardId, required: step.required });
      return { id: step.id, name: step.name, kind: step.kind, required: step.required };
    });
  }
}
