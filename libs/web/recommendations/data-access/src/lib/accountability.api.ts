import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AccountabilityMeasuresView } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

/** A period of calendar days, both ends included, as YYYY-MM-DD. */
export interface MeasuresPeriod {
  from: string;
  to: string;
}

/** A board's accountability measures: counts only, readable by everyone who follows the board. */
@Injectable({ providedIn: 'root' })
export class AccountabilityApi {
  private readonly http = inject(HttpClient);

  /** Without a period, the API measures the last 90 days. */
  measures(boardId: string, period?: MeasuresPeriod): Observable<AccountabilityMeasuresView> {
    const params = period ? new HttpParams().set('from', period.from).set('to', period.to) : undefined;
    return this.http.get<AccountabilityMeasuresView>(`/api/boards/${encodeURIComponent(boardId)}/accountability`, { params });
  }
}
