import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangeEmailInput, ChangePasswordInput, TwoFactorDisableInput, TwoFactorSetup } from '@cabinet/shared/contracts';
import { type Observable, map } from 'rxjs';
import { saveFile } from '../api/download';

/** One signed-in browser or device of the person. */
export type { TwoFactorSetup };

export interface AccountSession {
  id: string;
  /** A readable description such as "Firefox on Android". */
  device: string;
  createdAt: string;
  lastSeenAt: string;
  /** The session this browser is using. */
  current: boolean;
}

/** The signed-in person's own account. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  sessions(): Observable<AccountSession[]> {
    return this.http.get<AccountSession[]>('/api/account/sessions');
  }

  revokeSession(id: string): Observable<void> {
    return this.http.delete<void>(`/api/account/sessions/${encodeURIComponent(id)}`);
  }

  changePassword(input: ChangePasswordInput): Observable<void> {
    return this.http.post<void>('/api/account/password', input);
  }

  /** 202: a confirmation link goes to the new address; the change applies once it is opened. */
  changeEmail(input: ChangeEmailInput): Observable<void> {
    return this.http.post<void>('/api/account/email', input);
  }

  /** Starts adding an authenticator app: a new secret, not in force until {@link confirmTwoFactor}. */
  startTwoFactorSetup(): Observable<TwoFactorSetup> {
    return this.http.post<TwoFactorSetup>('/api/account/two-factor/setup', null);
  }

  /** 204: the code proved the app has the secret; sign-in asks for a code from now on. 422 on `code` otherwise. */
  confirmTwoFactor(code: string): Observable<void> {
    return this.http.post<void>('/api/account/two-factor/confirm', { code });
  }

  /** 204, or 422: on a field, or without one when an organisation of the person requires two-step sign-in. */
  disableTwoFactor(input: TwoFactorDisableInput): Observable<void> {
    return this.http.post<void>('/api/account/two-factor/disable', input);
  }

  /** Fetches everything Cabinet holds about the person and saves it as a JSON file. */
  exportData(now = new Date()): Observable<void> {
    return this.http.get('/api/account/export', { responseType: 'blob' }).pipe(
      map((blob) => {
        const file = blob.type ? blob : new Blob([blob], { type: 'application/json' });
        saveFile(this.document, file, `cabinet-my-data-${now.toISOString().slice(0, 10)}.json`);
      }),
    );
  }

  /** Deletes the account for good. Needs the current password. */
  erase(currentPassword: string): Observable<void> {
    return this.http.post<void>('/api/account/erase', { currentPassword });
  }
}
