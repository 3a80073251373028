import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardMemberProfile, ConflictDeclarationInput } from '@cabinet/shared/contracts';
import { boardDb } from '../access/board-access';
import { auditBoard } from '../access/board-audit';
import { ConflictDeclaration } from '../entities/conflict-declaration.entity';
import { OnboardingCompletion } from '../entities/onboarding-completion.entity';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { memberOrSelf } from '../members/member-or-self';
import { loadMemberProfile } from '../views/member-profile';

/**
 * Keeps a conflict-of-interest declaration as written, with its date (declarations are never
 * edited: a change is a new declaration). Making one completes the board's declaration step.
 */
@Injectable()
export class DeclareConflictUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, memberId: string, input: ConflictDeclarationInput): Promise<BoardMemberProfile> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { access, member } = await memberOrSelf(m, auth, boardId, memberId);
      const declaration = await m.save(m.create(ConflictDeclaration, { organizationId: member.organizationId, boardId, memberId, text: input.text, recordedBy: auth.userId }));
      const steps = await m.findBy(OnboardingStep, { boardId, kind: 'conflict_of_interest' });
      for (const step of steps.filter((s) => !s.archivedAt)) {
        await m.createQueryBuilder().insert().into(OnboardingCompletion).values({ organizationId: member.organizationId, boardId, memberId, stepId: step.id, recordedBy: auth.userId }).orIgnore().execute();
      }
      // Declaring completes the declaration step of the member's onboarding.
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await auditBoard(this.audit, m, auth, 'board_member.conflict_declared', { type: 'conflict_declaration', id: declaration.id }, { boardId, memberId });
      return loadMemberProfile(m, access, memberId);
    });
  }
}
