import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import type { InOrganization } from '@cabinet/api/identity';
import type { RecommendationActorRole, RecommendationEventKind, RecommendationStatus } from '@cabinet/shared/contracts';
import { RecommendationEvent } from '../entities/recommendation-event.entity';
import type { Recommendation } from '../entities/recommendation.entity';

export interface Step {
  kind: RecommendationEventKind;
  actorRole: RecommendationActorRole;
  /** The motion, response, milestone, review or input the step refers to. */
  refId?: string | null;
  /** The status the recommendation moved from, when the step changed it. */
  from?: RecommendationStatus;
  at: Date;
}

/**
 * Writes one step of a recommendation's timeline and its audit entry, in the caller's
 * transaction. The audit entry carries ids and statuses only, never the text.
 */
@Injectable()
export class RecordStep {
  constructor(private readonly audit: AuditTrail) {}

  async record(m: EntityManager, auth: InOrganization, recommendation: Recommendation, step: Step): Promise<void> {
    await m.insert(RecommendationEvent, {
      organizationId: recommendation.organizationId,
      boardId: recommendation.boardId,
      recommendationId: recommendation.id,
      kind: step.kind,
      at: step.at,
      actorRole: step.actorRole,
      refId: step.refId ?? null,
    });
    await this.audit.record(m, {
      organizationId: auth.organizationId,
      actorUserId: auth.userId,
      requestId: auth.requestId,
      action: `recommendation.${step.kind}`,
      entityType: 'recommendation',
      entityId: recommendation.id,
      details: { boardId: recommendation.boardId, status: recommendation.status, ...(step.from ? { from: step.from } : {}), ...(step.refId ? { refId: step.refId } : {}) },
    });
  }
}
