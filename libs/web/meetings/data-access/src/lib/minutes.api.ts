import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApproveMinutesInput,
  CommentOnMinutesInput,
  MinutesDiff,
  MinutesVersionView,
  MinutesView,
  PublicMinutesSummary,
  PublicMinutesView,
  PublishMinutesInput,
  RecordMinutesSentInput,
  SaveMinutesInput,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const minutes = (boardId: string, meetingId: string) => `/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}/minutes`;
const publicMinutes = (slug: string) => `/api/public/boards/${encodeURIComponent(slug)}/minutes`;

/** A meeting's minutes: draft, circulate, comment, approve, publish, record as sent; versions and PDFs. */
@Injectable({ providedIn: 'root' })
export class MinutesApi {
  private readonly http = inject(HttpClient);

  get(boardId: string, meetingId: string): Observable<MinutesView> {
    return this.http.get<MinutesView>(minutes(boardId, meetingId));
  }

  /** Organisers start the draft, written from the meeting, once it has begun. */
  start(boardId: string, meetingId: string): Observable<MinutesView> {
    return this.http.post<MinutesView>(minutes(boardId, meetingId), {});
  }

  save(boardId: string, meetingId: string, input: SaveMinutesInput): Observable<MinutesView> {
    return this.http.patch<MinutesView>(minutes(boardId, meetingId), input);
  }

  circulate(boardId: string, meetingId: string): Observable<MinutesView> {
    return this.http.post<MinutesView>(`${minutes(boardId, meetingId)}/circulate`, {});
  }

  comment(boardId: string, meetingId: string, input: CommentOnMinutesInput): Observable<MinutesView> {
    return this.http.post<MinutesView>(`${minutes(boardId, meetingId)}/comments`, input);
  }

  approve(boardId: string, meetingId: string, input: ApproveMinutesInput): Observable<MinutesView> {
    return this.http.post<MinutesView>(`${minutes(boardId, meetingId)}/approve`, input);
  }

  publish(boardId: string, meetingId: string, input: PublishMinutesInput): Observable<MinutesView> {
    return this.http.post<MinutesView>(`${minutes(boardId, meetingId)}/publish`, input);
  }

  recordSent(boardId: string, meetingId: string, input: RecordMinutesSentInput): Observable<MinutesView> {
    return this.http.post<MinutesView>(`${minutes(boardId, meetingId)}/sent`, input);
  }

  versions(boardId: string, meetingId: string): Observable<MinutesVersionView[]> {
    return this.http.get<MinutesVersionView[]>(`${minutes(boardId, meetingId)}/versions`);
  }

  diff(boardId: string, meetingId: string, from: number, to: number): Observable<MinutesDiff> {
    return this.http.get<MinutesDiff>(`${minutes(boardId, meetingId)}/diff`, { params: { from, to } });
  }

  /** Where the full minutes' PDF downloads from (a plain link: the browser saves the file). */
  pdfUrl(boardId: string, meetingId: string, lang: string): string {
    return `${minutes(boardId, meetingId)}/pdf?lang=${encodeURIComponent(lang)}`;
  }
}

/** Published minutes on a board's public page, for people without an account. */
@Injectable({ providedIn: 'root' })
export class PublicMinutesApi {
  private readonly http = inject(HttpClient);

  list(slug: string): Observable<PublicMinutesSummary[]> {
    return this.http.get<PublicMinutesSummary[]>(publicMinutes(slug));
  }

  get(slug: string, meetingId: string): Observable<PublicMinutesView> {
    return this.http.get<PublicMinutesView>(`${publicMinutes(slug)}/${encodeURIComponent(meetingId)}`);
  }

  pdfUrl(slug: string, meetingId: string, lang: string): string {
    return `${publicMinutes(slug)}/${encodeURIComponent(meetingId)}/pdf?lang=${encodeURIComponent(lang)}`;
  }
}
