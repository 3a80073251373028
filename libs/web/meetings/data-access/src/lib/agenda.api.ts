import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AgendaItemInput, AgendaView, ChangeAgendaItemInput, DecideAgendaItemInput, Locale, OrderAgendaInput } from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const agenda = (boardId: string, meetingId: string) => `/api/boards/${encodeURIComponent(boardId)}/meetings/${encodeURIComponent(meetingId)}/agenda`;
const item = (boardId: string, meetingId: string, itemId: string) => `${agenda(boardId, meetingId)}/items/${encodeURIComponent(itemId)}`;

/** A meeting's agenda: members propose items; organisers add, change, decide, order and publish. Every change answers with the agenda. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  get(boardId: string, meetingId: string): Observable<AgendaView> {
    return this.http.get<AgendaView>(agenda(boardId, meetingId));
  }

  propose(boardId: string, meetingId: string, input: AgendaItemInput): Observable<AgendaView> {
    return this.http.post<AgendaView>(`${agenda(boardId, meetingId)}/proposals`, input);
  }

  add(boardId: string, meetingId: string, input: AgendaItemInput): Observable<AgendaView> {
    return this.http.post<AgendaView>(`${agenda(boardId, meetingId)}/items`, input);
  }

  change(boardId: string, meetingId: string, itemId: string, input: ChangeAgendaItemInput): Observable<AgendaView> {
    return this.http.patch<AgendaView>(item(boardId, meetingId, itemId), input);
  }

  decide(boardId: string, meetingId: string, itemId: string, input: DecideAgendaItemInput): Observable<AgendaView> {
    return this.http.post<AgendaView>(`${item(boardId, meetingId, itemId)}/decision`, input);
  }

  order(boardId: string, meetingId: string, input: OrderAgendaInput): Observable<AgendaView> {
    return this.http.put<AgendaView>(`${agenda(boardId, meetingId)}/order`, input);
  }

  publish(boardId: string, meetingId: string): Observable<AgendaView> {
    return this.http.post<AgendaView>(`${agenda(boardId, meetingId)}/publish`, {});
  }

  /** The printable agenda, for a plain download link (the session cookie goes with it). */
  pdfUrl(boardId: string, meetingId: string, locale: Locale): string {
    return `${agenda(boardId, meetingId)}/pdf?lang=${locale}`;
  }
}
