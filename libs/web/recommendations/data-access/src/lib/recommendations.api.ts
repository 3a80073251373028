import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddMilestoneInput,
  AdoptRecommendationInput,
  AnswerInfoRequestInput,
  BoardRecommendationsView,
  DraftRecommendationInput,
  EditRecommendationInput,
  LiaisonInboxItem,
  LiaisonOption,
  PostProgressInput,
  RecommendationDetail,
  RecommendationSettingsInput,
  RecommendationSettingsView,
  RecordReviewInput,
  ReportImplementedInput,
  RespondToRecommendationInput,
} from '@cabinet/shared/contracts';
import { evidenceTypeOfName } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const board = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
const one = (boardId: string, id: string) => `${board(boardId)}/recommendations/${encodeURIComponent(id)}`;

/** Where an evidence file downloads from (a plain link: the API sends it as an attachment). */
export function evidenceDownloadUrl(boardId: string, id: string, fileId: string): string {
  return `${one(boardId, id)}/evidence/${encodeURIComponent(fileId)}`;
}

/**
 * A board's recommendations, from draft to the board's review. Every change answers with the
 * whole recommendation, so a page shows what the API now says (status, timeline, `can.*`).
 */
@Injectable({ providedIn: 'root' })
export class RecommendationsApi {
  private readonly http = inject(HttpClient);

  list(boardId: string): Observable<BoardRecommendationsView> {
    return this.http.get<BoardRecommendationsView>(`${board(boardId)}/recommendations`);
  }

  get(boardId: string, id: string): Observable<RecommendationDetail> {
    return this.http.get<RecommendationDetail>(one(boardId, id));
  }

  /** Organisers only. */
  draft(boardId: string, input: DraftRecommendationInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${board(boardId)}/recommendations`, input);
  }

  edit(boardId: string, id: string, input: EditRecommendationInput): Observable<RecommendationDetail> {
    return this.http.patch<RecommendationDetail>(one(boardId, id), input);
  }

  adopt(boardId: string, id: string, input: AdoptRecommendationInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/adopt`, input);
  }

  send(boardId: string, id: string): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/send`, {});
  }

  answerInfo(boardId: string, id: string, input: AnswerInfoRequestInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/info-answer`, input);
  }

  review(boardId: string, id: string, input: RecordReviewInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/reviews`, input);
  }

  /** Its uploader or an organiser, until the recommendation is closed. */
  removeEvidence(boardId: string, id: string, fileId: string): Observable<RecommendationDetail> {
    return this.http.delete<RecommendationDetail>(evidenceDownloadUrl(boardId, id, fileId));
  }

  /** Puts a sent recommendation on the board's public page, or takes it off. */
  publish(boardId: string, id: string, published: boolean): Observable<RecommendationDetail> {
    return this.http.put<RecommendationDetail>(`${one(boardId, id)}/publication`, { published });
  }

  /** Who may be named to answer for an organisation (the board's host when none is given). */
  liaisons(boardId: string, organizationId?: string | null): Observable<LiaisonOption[]> {
    const query = organizationId ? `?organizationId=${encodeURIComponent(organizationId)}` : '';
    return this.http.get<LiaisonOption[]>(`${board(boardId)}/recommendation-liaisons${query}`);
  }
}

/** The addressed organisation's side: answer, plan, report progress and report it done. */
@Injectable({ providedIn: 'root' })
export class AgencyResponsesApi {
  private readonly http = inject(HttpClient);

  /** The signed-in liaison's recommendations across boards. */
  inbox(): Observable<LiaisonInboxItem[]> {
    return this.http.get<LiaisonInboxItem[]>('/api/recommendations/inbox');
  }

  respond(boardId: string, id: string, input: RespondToRecommendationInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/responses`, input);
  }

  addMilestone(boardId: string, id: string, input: AddMilestoneInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/milestones`, input);
  }

  completeMilestone(boardId: string, id: string, milestoneId: string): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/milestones/${encodeURIComponent(milestoneId)}/done`, {});
  }

  postProgress(boardId: string, id: string, input: PostProgressInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/progress`, input);
  }

  /**
   * Attaches a file to a progress update: the file itself is the body, its name goes in the query.
   * The type is taken from the name's extension where it is one we take, because browsers
   * disagree (a CSV is "application/vnd.ms-excel" on some computers, nothing on others).
   */
  attachEvidence(boardId: string, id: string, updateId: string, file: File): Observable<RecommendationDetail> {
    const url = `${one(boardId, id)}/progress/${encodeURIComponent(updateId)}/evidence?name=${encodeURIComponent(file.name)}`;
    return this.http.post<RecommendationDetail>(url, file, { headers: { 'Content-Type': evidenceTypeOfName(file.name) ?? file.type } });
  }

  reportImplemented(boardId: string, id: string, input: ReportImplementedInput): Observable<RecommendationDetail> {
    return this.http.post<RecommendationDetail>(`${one(boardId, id)}/report`, input);
  }
}

/** How many days agencies have to answer the board: organisers read it, managers change it. */
@Injectable({ providedIn: 'root' })
export class RecommendationSettingsApi {
  private readonly http = inject(HttpClient);

  get(boardId: string): Observable<RecommendationSettingsView> {
    return this.http.get<RecommendationSettingsView>(`${board(boardId)}/recommendation-settings`);
  }

  change(boardId: string, input: RecommendationSettingsInput): Observable<RecommendationSettingsView> {
    return this.http.put<RecommendationSettingsView>(`${board(boardId)}/recommendation-settings`, input);
  }
}
