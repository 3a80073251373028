import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptGrantInput, CreateGrantInput, GrantPreview, GrantView, PortfolioAuditView, PortfolioBoardView, PortfolioView } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const grants = '/api/grants';

/**
 * Grants between a funder and a service organisation. The funder records one; the service
 * organisation accepts it through the emailed link, naming the boards it covers. The link's code
 * travels in request bodies, never in an address the API logs.
 */
@Injectable({ providedIn: 'root' })
export class GrantsApi {
  private readonly http = inject(HttpClient);

  /** A funder's grants it made; a service organisation's grants it accepted. */
  list(): Observable<GrantView[]> {
    return this.http.get<GrantView[]>(grants);
  }

  /** Emails the link to the grantee; a 422 names the field at fault. */
  create(input: CreateGrantInput): Observable<GrantView> {
    return this.http.post<GrantView>(grants, input);
  }

  withdraw(grantId: string): Observable<GrantView> {
    return this.http.post<GrantView>(`${grants}/${encodeURIComponent(grantId)}/withdraw`, {});
  }

  /** What the link offers; 404 once the link is unknown or used. */
  preview(token: string): Observable<GrantPreview> {
    return this.http.post<GrantPreview>(`${grants}/preview`, { token });
  }

  accept(token: string, boardIds: readonly string[]): Observable<GrantView> {
    const body: AcceptGrantInput = { token, boardIds: [...boardIds] };
    return this.http.post<GrantView>(`${grants}/accept`, body);
  }

  decline(token: string): Observable<void> {
    return this.http.post<void>(`${grants}/decline`, { token });
  }
}

/**
 * A funder's read-only view of the boards its accepted grants cover: results per rule, with
 * counts of people under 5 withheld by the API. Evidence comes with one board's drill-down only.
 */
@Injectable({ providedIn: 'root' })
export class PortfolioApi {
  private readonly http = inject(HttpClient);

  get(): Observable<PortfolioView> {
    return this.http.get<PortfolioView>('/api/portfolio');
  }

  board(boardId: string): Observable<PortfolioBoardView> {
    return this.http.get<PortfolioBoardView>(`/api/portfolio/boards/${encodeURIComponent(boardId)}`);
  }

  audit(boardId: string): Observable<PortfolioAuditView> {
    return this.http.get<PortfolioAuditView>(`/api/portfolio/boards/${encodeURIComponent(boardId)}/audit`);
  }
}
