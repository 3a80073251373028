import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddGuestInput,
  CastVoteInput,
  MeetingAttendanceView,
  MeetingDetail,
  MeetingMotionsView,
  MotionView,
  OpenMotionInput,
  RecordAttendanceInput,
  RecordVoteCountInput,
  StandingReview,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const meeting = (boardId: string, meetingId: string) => `/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}`;

/** Who is at a meeting, its live quorum, guests, marking it held, and the board's standing reviews. */
@Injectable({ providedIn: 'root' })
export class AttendanceApi {
  private readonly http = inject(HttpClient);

  get(boardId: string, meetingId: string): Observable<MeetingAttendanceView> {
    return this.http.get<MeetingAttendanceView>(`${meeting(boardId, meetingId)}/attendance`);
  }

  record(boardId: string, meetingId: string, memberId: string, input: RecordAttendanceInput): Observable<MeetingAttendanceView> {
    return this.http.put<MeetingAttendanceView>(`${meeting(boardId, meetingId)}/attendance/${encodeURIComponent(memberId)}`, input);
  }

  addGuest(boardId: string, meetingId: string, input: AddGuestInput): Observable<MeetingAttendanceView> {
    return this.http.post<MeetingAttendanceView>(`${meeting(boardId, meetingId)}/guests`, input);
  }

  removeGuest(boardId: string, meetingId: string, guestId: string): Observable<MeetingAttendanceView> {
    return this.http.delete<MeetingAttendanceView>(`${meeting(boardId, meetingId)}/guests/${encodeURIComponent(guestId)}`);
  }

  markHeld(boardId: string, meetingId: string): Observable<MeetingDetail> {
    return this.http.post<MeetingDetail>(`${meeting(boardId, meetingId)}/held`, {});
  }

  /** Organisers only: members past the board's attendance rule. */
  standingReviews(boardId: string): Observable<StandingReview[]> {
    return this.http.get<StandingReview[]>(`/api/boards/${encodeURIComponent(boardId)}/standing-reviews`);
  }
}

/** A meeting's motions and votes. */
@Injectable({ providedIn: 'root' })
export class MotionsApi {
  private readonly http = inject(HttpClient);

  list(boardId: string, meetingId: string): Observable<MeetingMotionsView> {
    return this.http.get<MeetingMotionsView>(`${meeting(boardId, meetingId)}/motions`);
  }

  open(boardId: string, meetingId: string, input: OpenMotionInput): Observable<MotionView> {
    return this.http.post<MotionView>(`${meeting(boardId, meetingId)}/motions`, input);
  }

  vote(boardId: string, meetingId: string, motionId: string, input: CastVoteInput): Observable<MotionView> {
    return this.http.post<MotionView>(`${meeting(boardId, meetingId)}/motions/${encodeURIComponent(motionId)}/votes`, input);
  }

  count(boardId: string, meetingId: string, motionId: string, input: RecordVoteCountInput): Observable<MotionView> {
    return this.http.put<MotionView>(`${meeting(boardId, meetingId)}/motions/${encodeURIComponent(motionId)}/count`, input);
  }

  close(boardId: string, meetingId: string, motionId: string): Observable<MotionView> {
    return this.http.post<MotionView>(`${meeting(boardId, meetingId)}/motions/${encodeURIComponent(motionId)}/close`, {});
  }

  withdraw(boardId: string, meetingId: string, motionId: string): Observable<MotionView> {
    return this.http.post<MotionView>(`${meeting(boardId, meetingId)}/motions/${encodeURIComponent(motionId)}/withdraw`, {});
  }

  declareConflict(boardId: string, meetingId: string, itemId: string, memberId: string, note: string | null): Observable<MeetingMotionsView> {
    return this.http.put<MeetingMotionsView>(`${meeting(boardId, meetingId)}/agenda/items/${encodeURIComponent(itemId)}/conflicts/${encodeURIComponent(memberId)}`, { note });
  }
}
