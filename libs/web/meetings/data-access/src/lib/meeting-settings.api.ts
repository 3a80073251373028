import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MeetingSettingsInput, MeetingSettingsView, RsvpByLinkInput, RsvpLinkView } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const settings = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/meeting-settings`;
const link = (token: string) => `/api/rsvp/${encodeURIComponent(token)}`;

/** A board's meeting settings: organisers read them, managers change them. */
@Injectable({ providedIn: 'root' })
export class MeetingSettingsApi {
  private readonly http = inject(HttpClient);

  get(boardId: string): Observable<MeetingSettingsView> {
    return this.http.get<MeetingSettingsView>(settings(boardId));
  }

  change(boardId: string, input: MeetingSettingsInput): Observable<MeetingSettingsView> {
    return this.http.put<MeetingSettingsView>(settings(boardId), input);
  }
}

/** The answer links in meeting emails, used without signing in: reading changes nothing, answering is a POST. */
@Injectable({ providedIn: 'root' })
export class RsvpLinkApi {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<RsvpLinkView> {
    return this.http.get<RsvpLinkView>(link(token));
  }

  answer(token: string, input: RsvpByLinkInput): Observable<RsvpLinkView> {
    return this.http.post<RsvpLinkView>(link(token), input);
  }
}
