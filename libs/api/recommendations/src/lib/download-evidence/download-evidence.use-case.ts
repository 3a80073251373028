import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { EvidenceContentType } from '@cabinet/shared/contracts';
import { accessRecommendation } from '../access/recommendation-access';
import { EvidenceFile } from '../entities/evidence-file.entity';

export interface EvidenceDownload {
  fileName: string;
  contentType: EvidenceContentType;
  content: Buffer;
}

/** Anyone who may see the recommendation may read its evidence; anyone else gets the same 404. */
@Injectable()
export class DownloadEvidenceUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, recommendationId: string, fileId: string): Promise<EvidenceDownload> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await accessRecommendation(m, auth, boardId, recommendationId);
      const file = await m.findOne(EvidenceFile, { where: { id: fileId, recommendationId }, select: { id: true, fileName: true, contentType: true, content: true } });
      if (!file) throw DomainError.notFound('This file');
      return { fileName: file.fileName, contentType: file.contentType, content: file.content };
    });
  }
}
