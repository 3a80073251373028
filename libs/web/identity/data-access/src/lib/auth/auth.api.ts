import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptInvitationInput,
  InvitationPreview,
  RedeemSetupCodeInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SessionView,
  SignInInput,
  SignUpInput,
} from '@cabinet/shared/contracts';
import type { Observable } from 'rxjs';

export type { InvitationPreview };

/** Signing up, in and out, and the links sent by email. Failures arrive as `ApiError`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  session(): Observable<SessionView> {
    return this.http.get<SessionView>('/api/auth/session');
  }

  /** 202: an email with a confirmation link is on its way. */
  signUp(input: SignUpInput): Observable<{ status: 'check_email' }> {
    return this.http.post<{ status: 'check_email' }>('/api/auth/sign-up', input);
  }

  verifyEmail(token: string): Observable<SessionView> {
    return this.http.post<SessionView>('/api/auth/verify-email', { token });
  }

  /** 204: the new address (from the change-email link) is now the account's. 410 once used or too old. */
  confirmEmailChange(token: string): Observable<void> {
    return this.http.post<void>('/api/auth/confirm-email-change', { token });
  }

  /** A 401 with code `second_factor_required` asks for `code`, the authenticator app's six digits. */
  signIn(input: SignInInput): Observable<SessionView> {
    return this.http.post<SessionView>('/api/auth/sign-in', input);
  }

  requestPasswordReset(input: RequestPasswordResetInput): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/request', input);
  }

  resetPassword(input: ResetPasswordInput): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/complete', input);
  }

  redeemSetupCode(input: RedeemSetupCodeInput): Observable<SessionView> {
    return this.http.post<SessionView>('/api/auth/setup-code', input);
  }

  previewInvitation(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>('/api/invitations/preview', { params: new HttpParams().set('token', token) });
  }

  acceptInvitation(input: AcceptInvitationInput): Observable<SessionView> {
    return this.http.post<SessionView>('/api/invitations/accept', input);
  }

  switchOrganization(organizationId: string): Observable<SessionView> {
    return this.http.post<SessionView>('/api/auth/switch-organization', { organizationId });
  }

  keepAlive(): Observable<void> {
    return this.http.post<void>('/api/auth/keep-alive', null);
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out', null);
  }

  signOutEverywhere(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out-everywhere', null);
  }
}
