import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation } from '../access/recommendation-access';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { canRemoveEvidence } from '../views/evidence-file-views';
import { loadDetail } from '../views/recommendation-views';

/**
 * Its uploader or a board organiser removes a file (a wrong attachment, something personal
 * uploaded by mistake) until the recommendation is closed; the closed record is the evidence the
 * board accepted and stays as it was. Others who see the file get the same 404 as outsiders.
 */
@Injectable()
export class RemoveEvidenceUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, fileId: string, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      const file = await m.findOne(EvidenceFile, { where: { id: fileId, recommendationId } });
      if (!file || !(access.organizer || file.uploadedBy === auth.userId)) throw DomainError.notFound('This file');
      if (!canRemoveEvidence(access, file)) throw DomainError.invalid('status', 'is closed: the board accepted this evidence, so it stays');
      await m.delete(EvidenceFile, { id: fileId });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'recommendation.evidence_removed',
        entityType: 'recommendation',
        entityId: recommendationId,
        details: { boardId, progressUpdateId: file.progressUpdateId, fileId },
      });
      return loadDetail(m, access, now);
    });
  }
}
