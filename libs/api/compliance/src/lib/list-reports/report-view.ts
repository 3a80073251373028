import type { BoardReportView } from '@cabinet/shared/contracts';
import type { BoardReport } from '../entities/board-report.entity';

/** A recorded report as the compliance page lists it. */
export function reportView(row: BoardReport): BoardReportView {
  return {
    id: row.id,
    boardId: row.boardId,
    kind: row.kind,
    year: row.year,
    publishedOn: row.publishedOn,
    exportId: row.exportId,
    recordedAt: row.recordedAt.toISOString(),
  };
}
