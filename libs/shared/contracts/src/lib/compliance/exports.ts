import { z } from 'zod';

/**
 * Compliance exports: a board's results for one reporting year as a CSV (one row per rule), or an
 * evidence packet as a PDF (each rule with the records it rests on and the audit chain's head hash
 * at the moment it was made). Asked for by the board's managers or by a funder whose accepted
 * grant covers the board; made in the background, then downloaded by the organisation that asked.
 * The annual report (a calendar year's meetings, membership, recommendations and results, as the
 * Massachusetts PFAC report asks for) is the board's own: its managers only.
 */
export const COMPLIANCE_EXPORT_KINDS = ['results_csv', 'evidence_pdf', 'annual_report_pdf'] as const;
export type ComplianceExportKind = (typeof COMPLIANCE_EXPORT_KINDS)[number];

export const COMPLIANCE_EXPORT_STATUSES = ['queued', 'ready', 'failed'] as const;
export type ComplianceExportStatus = (typeof COMPLIANCE_EXPORT_STATUSES)[number];

export interface ComplianceExportView {
  id: string;
  boardId: string;
  kind: ComplianceExportKind;
  /** The reporting year: its first and last days. */
  periodFrom: string;
  periodTo: string;
  status: ComplianceExportStatus;
  requestedAt: string;
  finishedAt: string | null;
  /** Once ready: what the download is called, and its size. */
  fileName: string | null;
  sizeBytes: number | null;
  /** The board's organisation's audit chain head when the export was made: a later check proves nothing changed since. */
  auditHeadHash: string | null;
  /** Why the export failed, in a sentence. */
  error: string | null;
}

const firstDay = z.iso
  .date({ error: 'must be a date (YYYY-MM-DD)' })
  // Every reporting year starts on the first of a month (January, or a fiscal year's first month).
  .refine((day) => day.endsWith('-01'), { error: 'must be the first day of a reporting year' });

export const requestComplianceExportSchema = z.strictObject({
  kind: z.enum(COMPLIANCE_EXPORT_KINDS, { error: 'must be results_csv, evidence_pdf or annual_report_pdf' }),
  periodFrom: firstDay,
});
export type RequestComplianceExportInput = z.infer<typeof requestComplianceExportSchema>;
