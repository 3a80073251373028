import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AttachPackInput, BoardComplianceView, CompliancePackView, RulePackInput } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const packs = '/api/compliance/packs';
const pack = (packId: string) => `${packs}/${encodeURIComponent(packId)}`;
const board = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/compliance`;

/**
 * Compliance packs: Cabinet's seeded ones and the organisation's own. Saving a pack makes a new
 * version; results already stored keep the version they were checked against.
 */
@Injectable({ providedIn: 'root' })
export class CompliancePacksApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CompliancePackView[]> {
    return this.http.get<CompliancePackView[]>(packs);
  }

  get(packId: string): Observable<CompliancePackView> {
    return this.http.get<CompliancePackView>(pack(packId));
  }

  create(input: RulePackInput): Observable<CompliancePackView> {
    return this.http.post<CompliancePackView>(packs, input);
  }

  /** A new version of one of the organisation's own packs; the API refuses Cabinet's (422). */
  update(packId: string, input: RulePackInput): Observable<CompliancePackView> {
    return this.http.put<CompliancePackView>(pack(packId), input);
  }
}

/** How a board stands against the packs it is checked against, and which packs those are. */
@Injectable({ providedIn: 'root' })
export class BoardComplianceApi {
  private readonly http = inject(HttpClient);

  /**
   * The stored, current results; with `asOf` (YYYY-MM-DD), results worked out again from what
   * Cabinet knew on that day, not stored.
   */
  get(boardId: string, asOf?: string | null): Observable<BoardComplianceView> {
    const params = asOf ? new HttpParams().set('asOf', asOf) : undefined;
    return this.http.get<BoardComplianceView>(board(boardId), { params });
  }

  /** Answers at once; the first results follow from the background within seconds. */
  attach(boardId: string, packId: string): Observable<void> {
    const body: AttachPackInput = { packId };
    return this.http.post<void>(`${board(boardId)}/packs`, body);
  }

  remove(boardId: string, packId: string): Observable<void> {
    return this.http.delete<void>(`${board(boardId)}/packs/${encodeURIComponent(packId)}`);
  }
}
