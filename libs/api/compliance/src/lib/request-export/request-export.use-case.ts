import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { AppUser, type InOrganization } from '@cabinet/api/identity';
import { writeOutboxMessage } from '@cabinet/api/outbox';
import { type ComplianceExportOutboxPayload, type ComplianceExportView, isLocale, type RequestComplianceExportInput } from '@cabinet/shared/contracts';
import { ComplianceExport } from '../entities/compliance-export.entity';
import { exportView } from '../list-exports/export-view';
import { type ExportAudience, reachBoardForExport } from './export-access';

/**
 * Asks for a board's results (CSV) or evidence packet (PDF) for one reporting year, for the
 * board's managers or a funder whose grant covers it. The row and the worker's request are
 * written in one transaction, so the export is made if and only if it was recorded. The year is
 * one the board has stored results for, as the screens show it; a funder's row-level security
 * only shows results of its grant's packs, so it cannot name a year it could not read.
 */
@Injectable()
export class RequestExportUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, input: RequestComplianceExportInput, audience: ExportAudience): Promise<ComplianceExportView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await reachBoardForExport(m, auth, boardId, audience);
      const [stored] = (await m.query(`SELECT period_to::text AS "periodTo" FROM compliance_result WHERE board_id = $1 AND period_from = $2 ORDER BY period_to DESC LIMIT 1`, [boardId, input.periodFrom])) as Array<{
        periodTo: string;
      }>;
      if (!stored) throw DomainError.invalid('periodFrom', 'must be the first day of a reporting year this board has results for');
      const user = await m.findOne(AppUser, { where: { id: auth.userId }, select: { id: true, locale: true } });

      const id = randomUUID();
      await m.insert(ComplianceExport, {
        id,
        organizationId: auth.organizationId,
        boardId,
        kind: input.kind,
        periodFrom: input.periodFrom,
        periodTo: stored.periodTo,
        locale: isLocale(user?.locale) ? user.locale : 'en',
        requestedBy: auth.userId,
      });
      const payload: ComplianceExportOutboxPayload = { exportId: id };
      await writeOutboxMessage(m, { kind: 'compliance-export', payload: { ...payload }, organizationId: auth.organizationId });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'compliance_export.requested',
        entityType: 'compliance_export',
        entityId: id,
        details: { boardId, kind: input.kind, periodFrom: input.periodFrom },
      });
      return exportView(await m.findOneByOrFail(ComplianceExport, { id }));
    });
  }
}
