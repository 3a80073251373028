import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClaimView,
  InputChannelChange,
  InputChannelInput,
  InputChannelView,
  MyInputView,
  PeerInputStatus,
  PeerInputView,
  PublicInputChannelView,
  PublicInputReceipt,
  SubmittedInput,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

const boardInput = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/input`;
const oneInput = (boardId: string, inputId: string) => `${boardInput(boardId)}/${encodeURIComponent(inputId)}`;
const channel = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/input-channel`;
const say = (token: string) => `/api/say/${encodeURIComponent(token)}`;

/** What a member writes to their board; `anonymous` stores it without any link to them. */
export interface MemberInput {
  kind: PeerInputView['kind'];
  body: string;
  anonymous: boolean;
}

/** What a person writes through a board's public link. `website` is the honeypot: people leave it empty. */
export interface PublicInput {
  kind: PeerInputView['kind'];
  body: string;
  website: string;
  kiosk: boolean;
}

/** Members send input to their board and follow their own; organisers triage the board's input. */
@Injectable({ providedIn: 'root' })
export class PeerInputApi {
  private readonly http = inject(HttpClient);

  submit(boardId: string, input: MemberInput): Observable<SubmittedInput> {
    return this.http.post<SubmittedInput>(boardInput(boardId), input);
  }

  mine(boardId: string): Observable<MyInputView[]> {
    return this.http.get<MyInputView[]>(`${boardInput(boardId)}/mine`);
  }

  list(boardId: string, status: PeerInputStatus | null = null): Observable<PeerInputView[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    return this.http.get<PeerInputView[]>(boardInput(boardId), { params });
  }

  acknowledge(boardId: string, inputId: string): Observable<PeerInputView> {
    return this.http.post<PeerInputView>(`${oneInput(boardId, inputId)}/acknowledge`, {});
  }

  putOnAgenda(boardId: string, inputId: string, agendaItemId: string): Observable<PeerInputView> {
    return this.http.post<PeerInputView>(`${oneInput(boardId, inputId)}/agenda`, { agendaItemId });
  }

  answer(boardId: string, inputId: string, answer: string): Observable<PeerInputView> {
    return this.http.post<PeerInputView>(`${oneInput(boardId, inputId)}/answer`, { answer });
  }

  decline(boardId: string, inputId: string, reason: string): Observable<PeerInputView> {
    return this.http.post<PeerInputView>(`${oneInput(boardId, inputId)}/decline`, { reason });
  }
}

/** A board's input settings and public link, for its managers. The link itself comes back only when made. */
@Injectable({ providedIn: 'root' })
export class InputChannelApi {
  private readonly http = inject(HttpClient);

  get(boardId: string): Observable<InputChannelView> {
    return this.http.get<InputChannelView>(channel(boardId));
  }

  change(boardId: string, input: InputChannelInput): Observable<InputChannelChange> {
    return this.http.put<InputChannelChange>(channel(boardId), input);
  }

  rotate(boardId: string): Observable<InputChannelChange> {
    return this.http.post<InputChannelChange>(`${channel(boardId)}/rotate`, {});
  }
}

/** For people without an account: a board's public form, and reading an answer with a claim code. */
@Injectable({ providedIn: 'root' })
export class PublicInputApi {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<PublicInputChannelView> {
    return this.http.get<PublicInputChannelView>(say(token));
  }

  submit(token: string, input: PublicInput): Observable<PublicInputReceipt> {
    return this.http.post<PublicInputReceipt>(say(token), input);
  }

  /** The code goes in the body, never the URL, so it sits in no history, log or referrer. */
  claim(code: string): Observable<ClaimView> {
    return this.http.post<ClaimView>('/api/claims', { code });
  }
}
