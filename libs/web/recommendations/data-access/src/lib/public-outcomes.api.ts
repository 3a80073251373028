import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClaimOutcomeView, PublicRecommendationsView } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

/** "You said, we did" for people without an account: a public board's page, and a claim code's outcome. */
@Injectable({ providedIn: 'root' })
export class PublicOutcomesApi {
  private readonly http = inject(HttpClient);

  /** A board's published recommendations; 404 when the board has no public pages. */
  list(slug: string): Observable<PublicRecommendationsView> {
    return this.http.get<PublicRecommendationsView>(`/api/public/boards/${encodeURIComponent(slug)}/recommendations`);
  }

  /** The recommendation made from the claimed input, once sent; the code travels in the body, never the URL. */
  claimOutcome(code: string): Observable<ClaimOutcomeView> {
    return this.http.post<ClaimOutcomeView>('/api/claims/outcome', { code });
  }
}
