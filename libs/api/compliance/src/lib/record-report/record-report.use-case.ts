import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { BoardReportView, RecordBoardReportInput } from '@cabinet/shared/contracts';
import { BoardReport } from '../entities/board-report.entity';
import { ComplianceExport } from '../entities/compliance-export.entity';
import { dayOf } from '../facts/calendar';
import { reportView } from '../list-reports/report-view';

/**
 * The board's managers record that its annual report for a year was made public, and on which
 * day (with the annual report Cabinet made, when it came from one). The board is evaluated again
 * in the background (an outbox request in the same transaction), so "report due" rules judge it
 * at once. A year has one report: a second is refused on `year`.
 */
@Injectable()
export class RecordReportUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, input: RecordBoardReportInput, now = new Date()): Promise<BoardReportView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const { board } = await manageBoard(m, auth, boardId);
      // Days are UTC, as everywhere in Cabinet's compliance rules.
      if (input.publishedOn > dayOf(now)) throw DomainError.invalid('publishedOn', 'must not be after today');
      const exportId = input.exportId ?? null;
      if (exportId) await assertAnnualReportOf(m, boardId, input.year, exportId);

      const id = randomUUID();
      // The host owns every row of its board, whichever of its owners records it (row-level security checks it).
      const inserted = (await m.query(
        `INSERT INTO board_report (id, organization_id, board_id, kind, year, published_on, export_id, recorded_by)
         VALUES ($1, $2, $3, 'annual', $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT "UQ_board_report" DO NOTHING RETURNING id`,
        [id, board.organizationId, boardId, input.year, input.publishedOn, exportId, auth.userId],
      )) as Array<{ id: string }>;
      if (inserted.length === 0) throw DomainError.invalid('year', 'already has an annual report recorded for this board');

      await requestComplianceReview(m, board.organizationId, boardId);
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'board_report.recorded',
        entityType: 'board_report',
        entityId: id,
        details: { boardId, kind: 'annual', year: input.year, publishedOn: input.publishedOn, exportId },
      });
      return reportView(await m.findOneByOrFail(BoardReport, { id }));
    });
  }
}

/** The export named must be a ready annual report of this board for that year, made for the asking organisation (row-level security hides others'). */
async function assertAnnualReportOf(m: EntityManager, boardId: string, year: number, exportId: string): Promise<void> {
  const found = await m.exists(ComplianceExport, { where: { id: exportId, boardId, kind: 'annual_report_pdf', periodFrom: `${year}-01-01`, status: 'ready' } });
  if (!found) throw DomainError.invalid('exportId', 'must be a ready annual report of this board for that year');
}
