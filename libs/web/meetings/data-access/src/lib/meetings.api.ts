import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BoardMeetingsQuery,
  CalendarFeedInput,
  CalendarFeedView,
  CancelMeetingInput,
  ChangeMeetingInput,
  MeetingDetail,
  MeetingSummary,
  RsvpInput,
  ScheduleMeetingInput,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const meetings = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/meetings`;
const meeting = (boardId: string, meetingId: string) => `${meetings(boardId)}/${encodeURIComponent(meetingId)}`;

/** A board's meetings: scheduling (one meeting or a series), changes, cancelling, and each person's answer. */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);

  /** Upcoming meetings and those of the last 90 days (or every earlier one too), oldest first. */
  list(boardId: string, past: BoardMeetingsQuery['past'] = 'recent'): Observable<MeetingSummary[]> {
    return this.http.get<MeetingSummary[]>(meetings(boardId), past === 'all' ? { params: { past } } : {});
  }

  /** The meetings created: one, or every meeting of a series. Organisers only. */
  schedule(boardId: string, input: ScheduleMeetingInput): Observable<MeetingSummary[]> {
    return this.http.post<MeetingSummary[]>(meetings(boardId), input);
  }

  get(boardId: string, meetingId: string): Observable<MeetingDetail> {
    return this.http.get<MeetingDetail>(meeting(boardId, meetingId));
  }

  /** Only the fields sent change; `scope: 'following'` changes the later meetings of the series too. */
  change(boardId: string, meetingId: string, input: ChangeMeetingInput): Observable<MeetingDetail> {
    return this.http.patch<MeetingDetail>(meeting(boardId, meetingId), input);
  }

  cancel(boardId: string, meetingId: string, input: CancelMeetingInput): Observable<MeetingDetail> {
    return this.http.post<MeetingDetail>(`${meeting(boardId, meetingId)}/cancel`, input);
  }

  /** The signed-in member's own answer and access needs. */
  rsvp(boardId: string, meetingId: string, input: RsvpInput): Observable<MeetingDetail> {
    return this.http.put<MeetingDetail>(`${meeting(boardId, meetingId)}/rsvp`, input);
  }

  /** Upcoming meetings of every board the person sits on. */
  mine(): Observable<MeetingSummary[]> {
    return this.http.get<MeetingSummary[]>('/api/my/meetings');
  }
}

/** Private calendar addresses: the address is in the answer that makes it, and nowhere else. */
@Injectable({ providedIn: 'root' })
export class CalendarFeedsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CalendarFeedView[]> {
    return this.http.get<CalendarFeedView[]>('/api/calendar-feeds');
  }

  create(input: CalendarFeedInput): Observable<CalendarFeedView> {
    return this.http.post<CalendarFeedView>('/api/calendar-feeds', input);
  }

  revoke(feedId: string): Observable<void> {
    return this.http.delete<void>(`/api/calendar-feeds/${encodeURIComponent(feedId)}`);
  }
}
