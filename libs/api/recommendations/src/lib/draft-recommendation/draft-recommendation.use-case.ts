import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { AgendaItem } from '@cabinet/api/meetings';
import { markInputBecameRecommendation } from '@cabinet/api/peer-input';
import type { DraftRecommendationInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { agencyPeople, assertAddressable } from '../access/agency-people';
import { accessRecommendation, assertBoardOrganizer, boardActor, reachBoard } from '../access/recommendation-access';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { RecordStep } from '../timeline/record-step';
import { loadDetail } from '../views/recommendation-views';

/**
 * An organiser drafts a recommendation: from input to the board (which is marked as having
 * become a recommendation), from an agenda item of one of the board's meetings, or directly.
 * Where it goes and who answers may be set now or later, until it is sent.
 */
@Injectable()
export class DraftRecommendationUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
  ) {}

  execute(auth: InOrganization, boardId: string, input: DraftRecommendationInput, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const board = await reachBoard(m, auth, boardId);
      assertBoardOrganizer(board);
      if (input.sourceAgendaItemId && !(await m.exists(AgendaItem, { where: { id: input.sourceAgendaItemId, boardId } }))) {
        throw DomainError.invalid('sourceAgendaItemId', 'must be an agenda item of one of this board’s meetings');
      }
      if (input.sourceInputId) await markSource(m, boardId, input.sourceInputId);
      if (input.addressedOrganizationId) await assertAddressable(m, board.board, input.addressedOrganizationId);
      const liaisonUserIds = [...new Set(input.liaisonUserIds ?? [])];
      if (liaisonUserIds.length && !input.addressedOrganizationId) throw DomainError.invalid('addressedOrganizationId', 'is required to name liaisons: they answer for one organisation');
      if (input.addressedOrganizationId) await agencyPeople(m, auth, input.addressedOrganizationId, liaisonUserIds);
      const recommendation = await m.save(
        m.create(Recommendation, {
          organizationId: board.board.organizationId,
          boardId,
          title: input.title,
          body: input.body,
          status: 'draft',
          source: input.source,
          sourceInputId: input.sourceInputId ?? null,
          sourceAgendaItemId: input.sourceAgendaItemId ?? null,
          addressedOrganizationId: input.addressedOrganizationId ?? null,
          draftedBy: auth.userId,
          createdAt: now,
          updatedAt: now,
        }),
      );
      if (liaisonUserIds.length) {
        await m.insert(RecommendationLiaison, liaisonUserIds.map((userId) => ({ recommendationId: recommendation.id, userId, organizationId: recommendation.organizationId, boardId })));
      }
      const source = input.sourceInputId ?? input.sourceAgendaItemId ?? null;
      await this.step.record(m, auth, recommendation, { kind: 'drafted', actorRole: boardActor(board), refId: source, at: now });
      return loadDetail(m, await accessRecommendation(m, auth, boardId, recommendation.id), now);
    });
  }
}

/** Input becomes a recommendation; its refusals are reported on this request's own field. */
async function markSource(m: Parameters<typeof markInputBecameRecommendation>[0], boardId: string, inputId: string): Promise<void> {
  try {
    await markInputBecameRecommendation(m, boardId, inputId);
  } catch (error) {
    if (error instanceof DomainError && error.fieldErrors?.[0]?.field === 'inputId') throw DomainError.invalid('sourceInputId', error.fieldErrors[0].message);
    throw error;
  }
}
