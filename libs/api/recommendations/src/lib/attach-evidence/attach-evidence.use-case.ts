import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { EVIDENCE_MAX_FILES, type EvidenceContentType, isEvidenceContentType, type RecommendationDetail } from '@cabinet/shared/contracts';
import { accessRecommendation, assertAgency } from '../access/recommendation-access';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { ProgressUpdate } from '../entities/progress-update.entity';
import { assertCan } from '../lifecycle/recommendation-lifecycle';
import { lastDecision, loadDetail } from '../views/recommendation-views';
import { cleanFileName, contentMatchesType } from './evidence-content';

/** What the upload route received: the file's name (from the query), its declared type and the raw body. */
export interface EvidenceUpload {
  name: unknown;
  contentType: string | undefined;
  content: unknown;
}

const KINDS = 'PDF, PNG, JPEG, CSV, Word (DOCX), Excel (XLSX) or OpenDocument text (ODT)';

/** The file as it will be stored, or a 422 on the field at fault. */
export function checkedUpload(upload: EvidenceUpload): { fileName: string; contentType: EvidenceContentType; content: Buffer } {
  const contentType = upload.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!Buffer.isBuffer(upload.content) || !isEvidenceContentType(contentType)) {
    throw DomainError.invalid('file', `is required: send the file itself as the body, with its type (${KINDS})`);
  }
  if (!upload.content.length) throw DomainError.invalid('file', 'is empty');
  if (!contentMatchesType(upload.content, contentType)) {
    throw DomainError.invalid('file', `is not what its type says: only real ${KINDS} files can be added`);
  }
  // A repeated ?name= arrives as a list: no name is then clear.
  const fileName = cleanFileName(typeof upload.name === 'string' ? upload.name : '', contentType);
  if (!fileName) throw DomainError.invalid('name', 'is required: the file’s name, such as report.pdf');
  return { fileName, contentType, content: upload.content };
}

/**
 * The agency attaches a file to one of its progress updates, as evidence, while it may still
 * report progress. A progress update holds a few files at most; the recommendation's row lock
 * makes two uploads at once count one after the other.
 */
@Injectable()
export class AttachEvidenceUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, progressUpdateId: string, upload: EvidenceUpload, now = new Date()): Promise<RecommendationDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessRecommendation(m, auth, boardId, recommendationId, true);
      assertAgency(access);
      if (!(await m.exists(ProgressUpdate, { where: { id: progressUpdateId, recommendationId } }))) throw DomainError.notFound('This progress update');
      assertCan('plan', access.recommendation.status, await lastDecision(m, recommendationId));
      const file = checkedUpload(upload);
      if ((await m.count(EvidenceFile, { where: { progressUpdateId } })) >= EVIDENCE_MAX_FILES) {
        throw DomainError.invalid('file', `cannot be added: a progress update holds at most ${EVIDENCE_MAX_FILES} files`);
      }
      const { identifiers } = await m.insert(EvidenceFile, {
        organizationId: access.recommendation.organizationId,
        boardId,
        recommendationId,
        progressUpdateId,
        ...file,
        sizeBytes: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        uploadedBy: auth.userId,
        createdAt: now,
      });
      // The name stays out: people name files after people ("Notes from Sam's visit.pdf").
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'recommendation.evidence_attached',
        entityType: 'recommendation',
        entityId: recommendationId,
        details: { boardId, progressUpdateId, fileId: String(identifiers[0]?.['id']), sizeBytes: file.content.length, contentType: file.contentType },
      });
      return loadDetail(m, access, now);
    });
  }
}
