import type { ComplianceExportKind, ComplianceExportView } from '@cabinet/shared/contracts';
import type { ComplianceExport } from '../entities/compliance-export.entity';

/** An export as the list shows it: never its content. */
export function exportView(row: ComplianceExport): ComplianceExportView {
  return {
    id: row.id,
    boardId: row.boardId,
    kind: row.kind as ComplianceExportKind,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    auditHeadHash: row.auditHeadHash,
    error: row.error,
  };
}
