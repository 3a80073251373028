import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BoardReportView, RecordBoardReportInput } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const reportsOf = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/compliance/reports`;

/**
 * A board's reports made public (its annual report), for its managers: the ones recorded, and
 * recording one with the day it was made public. Recording one makes Cabinet judge the board's
 * "report due" rules again in the background.
 */
@Injectable({ providedIn: 'root' })
export class BoardReportsApi {
  private readonly http = inject(HttpClient);

  /** Newest year first. */
  list(boardId: string): Observable<BoardReportView[]> {
    return this.http.get<BoardReportView[]>(reportsOf(boardId));
  }

  /** A 422 names the field: `year` when that year already has a report, `publishedOn` for a day in the future or before the year began. */
  record(boardId: string, input: RecordBoardReportInput): Observable<BoardReportView> {
    return this.http.post<BoardReportView>(reportsOf(boardId), input);
  }
}
