import type { ComplianceExportView } from '@cabinet/shared/contracts';

/** An evidence packet just asked for (queued); override what a test needs. */
export function testComplianceExport(overrides: Partial<ComplianceExportView> = {}): ComplianceExportView {
  return {
    id: 'e1',
    boardId: 'b1',
    kind: 'evidence_pdf',
    periodFrom: '2027-01-01',
    periodTo: '2027-12-31',
    status: 'queued',
    requestedAt: '2027-05-20T10:00:00.000Z',
    finishedAt: null,
    fileName: null,
    sizeBytes: null,
    auditHeadHash: null,
    error: null,
    ...overrides,
  };
}
