import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { ComplianceExportView } from '@cabinet/shared/contracts';
import { ComplianceExport } from '../entities/compliance-export.entity';
import { type ExportAudience, reachBoardForExport } from '../request-export/export-access';
import { exportView } from './export-view';

/** Enough for the list under the export buttons; older files stay downloadable by their id. */
const RECENT = 20;

/** The asking organisation's exports of a board, newest first, without their content. */
@Injectable()
export class ListExportsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, audience: ExportAudience): Promise<ComplianceExportView[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await reachBoardForExport(m, auth, boardId, audience);
      const rows = await m.find(ComplianceExport, { where: { organizationId: auth.organizationId, boardId }, order: { requestedAt: 'DESC' }, take: RECENT });
      return rows.map(exportView);
    });
  }
}
