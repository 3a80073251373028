import { renderPdf } from '@cabinet/api/meetings';
import type { ComplianceExportKind } from '@cabinet/shared/contracts';
import { evidencePacket } from './evidence-packet';
import type { ExportContent } from './export-content';
import { resultsCsv } from './results-csv';

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** The file an export kind makes, named after the board and year, e.g. `harbour-cab-2026-evidence.pdf`. */
export async function exportFile(kind: ComplianceExportKind, content: ExportContent): Promise<ExportFile> {
  const stem = `${fileSlug(content.boardName)}-${yearLabel(content.periodFrom, content.periodTo)}`;
  if (kind === 'results_csv') return { fileName: `${stem}-results.csv`, contentType: 'text/csv; charset=utf-8', content: resultsCsv(content) };
  return { fileName: `${stem}-evidence.pdf`, contentType: 'application/pdf', content: await renderPdf(evidencePacket(content)) };
}

/** A board's name as plain ASCII for a file name: accents dropped, anything else a dash. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'board';
}

/** "2026" for a calendar year, "2026-2027" for a fiscal year across two. */
function yearLabel(from: string, to: string): string {
  return from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}-${to.slice(0, 4)}`;
}
