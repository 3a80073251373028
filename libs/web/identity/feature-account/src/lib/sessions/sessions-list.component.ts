import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { AccountApi, type AccountSession, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime } from '@cabinet/web/shared/ui';

/** Every browser or device signed in to this account, so a forgotten shared computer can be signed out from here. */
@Component({
  selector: 'cab-sessions-list',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cab-form-status [message]="problem()" />
    <cab-form-status tone="success" [message]="done()" />
    @if (sessions.isLoading()) {
      <p role="status">{{ t('common.loading') }}</p>
    } @else if (sessions.error()) {
      <cab-form-status [message]="errorText(sessions.error())" />
    } @else {
      <ul class="cab-card-list" data-testid="account-sessions">
        @for (item of sessions.value() ?? []; track item.id) {
          <li class="cab-card" data-testid="account-session" [attr.data-current]="item.current">
            <p class="device">
              <strong>{{ item.device }}</strong>
              @if (item.current) {
                <span class="cab-badge" data-testid="account-session-current">{{ t('account.sessions.thisDevice') }}</span>
              }
            </p>
            <p class="meta">{{ t('account.sessions.signedIn', { when: when(item.createdAt) }) }}</p>
            <p class="meta">{{ t('account.sessions.lastSeen', { when: when(item.lastSeenAt) }) }}</p>
            <button
              type="button"
              matButton="outlined"
              [attr.aria-label]="t('account.sessions.signOutDevice', { device: item.device })"
              (click)="signOut(item)"
              data-testid="account-session-sign-out"
            >
              {{ t('shell.signOut') }}
            </button>
          </li>
        }
      </ul>
    }
    <div class="cab-actions">
      <button type="button" matButton="outlined" (click)="signOutEverywhere()" data-testid="sign-out-everywhere">
        {{ t('account.sessions.signOutEverywhere') }}
      </button>
    </div>
  `,
  styles: `
    .device {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
    }
    .meta {
      margin: 0.25rem 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SessionsListComponent {
  private readonly account = inject(AccountApi);
  private readonly store = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly sessions = rxResource({ stream: () => this.account.sessions() });
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected signOut(item: AccountSession): void {
    this.problem.set(null);
    this.done.set(null);
    if (item.current) {
      void this.store.signOut();
      return;
    }
    this.account.revokeSession(item.id).subscribe({
      next: () => {
        this.sessions.value.update((list) => list?.filter((other) => other.id !== item.id));
        this.done.set(this.t('account.sessions.signedOutDevice', { device: item.device }));
      },
      error: (error: unknown) => this.problem.set(this.errorText(error)),
    });
  }

  protected signOutEverywhere(): void {
    this.problem.set(null);
    this.store.signOut({ everywhere: true }).catch((error: unknown) => this.problem.set(this.errorText(error)));
  }
}
