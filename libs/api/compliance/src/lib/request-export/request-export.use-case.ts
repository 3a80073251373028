import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { AppUser, type InOrganization } from '@cabinet/api/identity';
import { writeOutboxMessage } from '@cabinet/api/outbox';
import { BOARD_REPORT_YEARS, type ComplianceExportOutboxPayload, type ComplianceExportView, isLocale, type RequestComplianceExportInput } from '@cabinet/shared/contracts';
import { ComplianceExport } from '../entities/compliance-export.entity';
import { exportView } from '../list-exports/export-view';
import { type ExportAudience, reachBoardForExport } from './export-access';

/**
 * Asks for a board's results (CSV) or evidence packet (PDF) for one reporting year, for the
 * board's managers or a funder whose grant covers it. The row and the worker's request are
 * written in one transaction, so the export is made if and only if it was recorded. The year is
 * one the board has stored results for, as the screens show it; a funder's row-level security
 * only shows results of its grant's packs, so it cannot name a year it could not read. The annual
 * report is the board's own, for its managers only (a funder gets the same 404 as for a board it
 * cannot reach), and covers a calendar year that has begun, with or without stored results.
 */
@Injectable()
export class RequestExportUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, input: RequestComplianceExportInput, audience: ExportAudience, now = new Date()): Promise<ComplianceExportView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      if (input.kind === 'annual_report_pdf' && audience !== 'board') throw DomainError.notFound('This board');
      await reachBoardForExport(m, auth, boardId, audience);
      const stored = input.kind === 'annual_report_pdf' ? { periodTo: calendarYearTo(input.periodFrom, now) } : await storedYear(m, boardId, input.periodFrom);
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

/** The last day of the stored reporting year starting on `periodFrom`, as the screens show it. */
async function storedYear(m: EntityManager, boardId: string, periodFrom: string): Promise<{ periodTo: string }> {
  const [stored] = (await m.query(`SELECT period_to::text AS "periodTo" FROM compliance_result WHERE board_id = $1 AND period_from = $2 ORDER BY period_to DESC LIMIT 1`, [boardId, periodFrom])) as Array<{
    periodTo: string;
  }>;
  if (!stored) throw DomainError.invalid('periodFrom', 'must be the first day of a reporting year this board has results for');
  return stored;
}

/** An annual report covers a calendar year that has begun (the running one reports so far): its 31 December. */
function calendarYearTo(periodFrom: string, now: Date): string {
  const year = Number(periodFrom.slice(0, 4));
  if (!periodFrom.endsWith('-01-01') || year < BOARD_REPORT_YEARS.min || year > now.getUTCFullYear()) {
    throw DomainError.invalid('periodFrom', 'must be 1 January of a year that has begun');
  }
  return `${year}-12-31`;
}
