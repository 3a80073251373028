import type { EntityManager } from 'typeorm';
import type { EvidenceFileView } from '@cabinet/shared/contracts';
import type { RecommendationAccess } from '../access/recommendation-access';
import { EvidenceFile } from '../entities/evidence-file.entity';

/** Who may remove a file: its uploader or a board organiser, until the recommendation is closed. */
export function canRemoveEvidence(access: RecommendationAccess, file: Pick<EvidenceFile, 'uploadedBy'>): boolean {
  return access.recommendation.status !== 'closed' && (access.organizer || (!!file.uploadedBy && file.uploadedBy === access.userId));
}

/** A recommendation's evidence files by progress update, oldest first, without their content. */
export async function evidenceByUpdate(m: EntityManager, access: RecommendationAccess): Promise<Map<string, EvidenceFileView[]>> {
  const files = await m.find(EvidenceFile, { where: { recommendationId: access.recommendation.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  const byUpdate = new Map<string, EvidenceFileView[]>();
  for (const file of files) {
    const view: EvidenceFileView = {
      id: file.id,
      name: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      uploadedAt: file.createdAt.toISOString(),
      canRemove: canRemoveEvidence(access, file),
    };
    byUpdate.set(file.progressUpdateId, [...(byUpdate.get(file.progressUpdateId) ?? []), view]);
  }
  return byUpdate;
}
