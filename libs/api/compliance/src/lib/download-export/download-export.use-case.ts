import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { ComplianceExport } from '../entities/compliance-export.entity';
import { audienceOf, reachBoardForExport } from '../request-export/export-access';

export interface ExportDownload {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * A ready export's file, for the organisation that asked for it (row-level security hides the
 * others'), while it still reaches the board: a manager of it, or a funder whose grant still
 * covers it. Anything else, or a file not made yet, is the same 404.
 */
@Injectable()
export class DownloadExportUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, exportId: string): Promise<ExportDownload> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const row = await m.findOne(ComplianceExport, {
        where: { id: exportId, organizationId: auth.organizationId, status: 'ready' },
        select: { id: true, boardId: true, fileName: true, contentType: true, content: true },
      });
      if (!row?.content || !row.fileName || !row.contentType) throw DomainError.notFound('This export');
      await reachBoardForExport(m, auth, row.boardId, await audienceOf(m, row.boardId)).catch((error: unknown) => {
        throw error instanceof DomainError ? DomainError.notFound('This export') : error;
      });
      return { fileName: row.fileName, contentType: row.contentType, content: row.content };
    });
  }
}
