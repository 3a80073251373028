import { Board } from '@cabinet/api/boards';
import type { Db } from '@cabinet/api/database';
import { renderPdf } from '@cabinet/api/meetings';
import { DEFAULT_LOCALE, isLocale } from '@cabinet/shared/contracts';
import type { ComplianceExport } from '../entities/compliance-export.entity';
import { annualReport } from './annual-report';
import { type ExportFile, fileSlug } from './export-file';
import { loadAnnualReport } from './load-annual-report';

/**
 * The annual report an export row asks for, e.g. `harbour-cab-2026-annual-report.pdf`, with the
 * audit chain head it cites; null when the asking organisation no longer reaches the board.
 *
 * The asking organisation (the board's host or a partner: only managers may ask) must still see
 * the board; the report is then read in the HOST's context. It is the board's own public report,
 * the same whichever of its owners asks, and only the host's context holds all of it: a partner
 * reads neither the host's name, nor the other partners, nor the host's audit chain, which the
 * report cites so anyone holding it can later ask the host to prove its log leads to that hash.
 */
export async function annualReportFile(db: Db, organizationId: string, row: ComplianceExport, now: Date): Promise<{ file: ExportFile; auditHeadHash: string } | null> {
  const hostId = await db.transaction({ organizationId }, async (m) => (await m.findOne(Board, { where: { id: row.boardId }, select: { id: true, organizationId: true } }))?.organizationId ?? null);
  if (!hostId) return null;
  const year = Number(row.periodFrom.slice(0, 4));
  const loaded = await db.transaction({ organizationId: hostId }, (m) => loadAnnualReport(m, row.boardId, year, now));
  if (!loaded) return null;
  const content = await renderPdf(annualReport({ ...loaded, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE, generatedAt: now }));
  return { file: { fileName: `${fileSlug(loaded.board.name)}-${year}-annual-report.pdf`, contentType: 'application/pdf', content }, auditHeadHash: loaded.auditHeadHash };
}
