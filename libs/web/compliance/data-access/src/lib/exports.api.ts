import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ComplianceExportView, RequestComplianceExportInput } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

/** Who asks: the board's managers on its compliance page, or a funder on its portfolio's drill-down. */
export type ExportAudience = 'board' | 'funder';

const exportsOf = (boardId: string, audience: ExportAudience) =>
  audience === 'board' ? `/api/boards/${encodeURIComponent(boardId)}/compliance/exports` : `/api/portfolio/boards/${encodeURIComponent(boardId)}/exports`;

/** Where a ready export downloads from (a plain link: the browser saves the file). */
export function exportFileUrl(exportId: string): string {
  return `/api/compliance/exports/${encodeURIComponent(exportId)}/file`;
}

/**
 * A board's results as a CSV or an evidence packet as a PDF, for one reporting year. The API
 * answers at once with the export queued; the file is made in the background, so the list is
 * read again until it is ready. Only the organisation that asked sees and downloads it.
 */
@Injectable({ providedIn: 'root' })
export class ComplianceExportsApi {
  private readonly http = inject(HttpClient);

  /** A 422 names the field: a kind not offered, or a year the board has no results for. */
  request(boardId: string, audience: ExportAudience, input: RequestComplianceExportInput): Observable<ComplianceExportView> {
    return this.http.post<ComplianceExportView>(exportsOf(boardId, audience), input);
  }

  /** The organisation's recent exports of the board, newest first. */
  list(boardId: string, audience: ExportAudience): Observable<ComplianceExportView[]> {
    return this.http.get<ComplianceExportView[]>(exportsOf(boardId, audience));
  }
}
