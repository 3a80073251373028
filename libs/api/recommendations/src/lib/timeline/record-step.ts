import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import type { InOrganization } from '@cabinet/api/identity';
import type { RecommendationActorRole, RecommendationEventKind, RecommendationStatus } from '@cabinet/shared/contracts';
import { RecommendationEvent } from '../entities/recommendation-event.entity';
import type { Recommendation } from '../entities/recommendation.entity';

export interface Step {
  kind: RecommendationEventKind;
  /** Null for Cabinet's own steps (reminders, escalations, agenda proposals). */
  actorRole: RecommendationActorRole | null;
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

  record(m: EntityManager, auth: InOrganization, recommendation: Recommendation, step: Step): Promise<void> {
    return this.write(m, { organizationId: auth.organizationId, userId: auth.userId, requestId: auth.requestId }, recommendation, step);
  }

  /** A step Cabinet took itself (the accountability sweep): no account, no request. */
  recordBySystem(m: EntityManager, recommendation: Recommendation, step: Step & { actorRole: null }): Promise<void> {
    return this.write(m, { organizationId: recommendation.organizationId, userId: null }, recommendation, step);
  }

  private async write(m: EntityManager, actor: { organizationId: string; userId: string | null; requestId?: string }, recommendation: Recommendation, step: Step): Promise<void> {
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
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      ...(actor.requestId ? { requestId: actor.requestId } : {}),
      action: `recommendation.${step.kind}`,
      entityType: 'recommendation',
      entityId: recommendation.id,
      details: { boardId: recommendation.boardId, status: recommendation.status, ...(step.from ? { from: step.from } : {}), ...(step.refId ? { refId: step.refId } : {}) },
    });
  }
}
