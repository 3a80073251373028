import { Inject, Injectable } from '@nestjs/common';
import { boardDb, derivedEmailId } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { agencyPeople, assertAddressable } from '../access/agency-people';
import { accessRecommendation, assertOrganizerOf, boardActor } from '../access/recommendation-access';
import { RecommendationLiaison } from '../entities/recommendation-liaison.entity';
import { Recommendation } from '../entities/recommendation.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { responseDueOn } from '../lifecycle/response-clock';
import { responseDays } from '../settings/recommendation-settings';
import { RecordStep } from '../timeline/record-step';
import { loadDetail } from '../views/recommendation-views';

/**
 * An organiser sends an adopted recommendation to the organisation it is addressed to. The
 * answer's clock starts: due after the board's response days. Each liaison is emailed through
 * the outbox (once, whatever retries happen), with the board's name and the due day only.
 */
@Injectable()
export class SendRecommendationUseCase {
  constructor(
    private readonly db: Db,
    private readonly step: RecordStep,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertOrganizerOf(access);
      const recommendation = access.recommendation;
      assertCan('send', recommendation.status, null);
      const addressed = recommendation.addressedOrganizationId;
      if (!addressed) throw DomainError.invalid('addressedOrganizationId', 'is required: say which organisation answers');
      await assertAddressable(m, access.board.board, addressed);
      const liaisonIds = (await m.find(RecommendationLiaison, { where: { recommendationId }, order: { userId: 'ASC' } })).map((one) => one.userId);
      if (!liaisonIds.length) throw DomainError.invalid('liaisonUserIds', 'must name at least one person who answers for the organisation');
      const people = await agencyPeople(m, auth, addressed, liaisonIds);
      const dueOn = responseDueOn(now, await responseDays(m, boardId));
      await m.update(Recommendation, { id: recommendationId }, { status: 'sent', sentAt: now, responseDueOn: dueOn, updatedAt: now });
      await requestComplianceReview(m, recommendation.organizationId, boardId);
      Object.assign(recommendation, { status: 'sent', sentAt: now, responseDueOn: dueOn, updatedAt: now });
      const url = `${this.config.APP_URL.replace(/\/+$/, '')}/boards/${boardId}/recommendations/${recommendationId}`;
      for (const person of people) {
        if (!person.email) continue;
        await queueEmail(m, {
          id: derivedEmailId('recommendation-sent', recommendationId, person.userId),
          to: person.email,
          template: 'recommendation-sent',
          locale: person.locale,
          organizationId: addressed,
          data: { boardName: access.board.board.name, dueOn, url },
        });
      }
      await this.step.record(m, auth, recommendation, { kind: 'sent', actorRole: boardActor(access.board), refId: addressed, from: 'adopted', at: now });
      return loadDetail(m, access, now);
    });
  }
}
