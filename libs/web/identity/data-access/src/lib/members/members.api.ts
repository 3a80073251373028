import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePeerInput,
  CreatedPeer,
  InvitationStatus,
  InvitationView,
  InviteInput,
  MemberView,
  OrganizationRole,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

/** The API's shapes, shared with it through the contracts: one definition for both sides. */
export type Member = MemberView;
export type Invitation = InvitationView;
export type { CreatedPeer, InvitationStatus };

/** Members and invitations of the active organisation (the API picks it from the session). */
@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);

  members(): Observable<Member[]> {
    return this.http.get<Member[]>('/api/organization/members');
  }

  changeRole(userId: string, role: OrganizationRole): Observable<Member> {
    return this.http.patch<Member>(`/api/organization/members/${encodeURIComponent(userId)}`, { role });
  }

  disable(userId: string): Observable<void> {
    return this.http.post<void>(`/api/organization/members/${encodeURIComponent(userId)}/disable`, null);
  }

  enable(userId: string): Observable<void> {
    return this.http.post<void>(`/api/organization/members/${encodeURIComponent(userId)}/enable`, null);
  }

  createPeer(input: CreatePeerInput): Observable<CreatedPeer> {
    return this.http.post<CreatedPeer>('/api/organization/peers', input);
  }

  invitations(): Observable<Invitation[]> {
    return this.http.get<Invitation[]>('/api/organization/invitations');
  }

  invite(input: InviteInput): Observable<Invitation> {
    return this.http.post<Invitation>('/api/organization/invitations', input);
  }

  resendInvitation(id: string): Observable<void> {
    return this.http.post<void>(`/api/organization/invitations/${encodeURIComponent(id)}/resend`, null);
  }

  revokeInvitation(id: string): Observable<void> {
    return this.http.delete<void>(`/api/organization/invitations/${encodeURIComponent(id)}`);
  }
}
