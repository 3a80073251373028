import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthApi, SessionStore, isApiError } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { type LinkTokenState, consumeLinkToken } from '../link-token';

/**
 * Opens from the link sent to a new email address: makes it the account's. Works signed in or not
 * (the link may open on another device); a signed-in person's page shows the new address at once.
 */
@Component({
  selector: 'cab-confirm-email-change-page',
  imports: [RouterLink, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      @switch (state()) {
        @case ('confirming') {
          <h1>{{ t('confirmEmailChange.confirming') }}</h1>
          <p role="status">{{ t('common.pleaseWait') }}</p>
        }
        @case ('confirmed') {
          <h1>{{ t('confirmEmailChange.done.heading') }}</h1>
          <p role="status" data-testid="email-change-confirmed">{{ t('confirmEmailChange.done.body') }}</p>
          <p><a routerLink="/account" data-testid="email-change-account">{{ t('confirmEmailChange.account') }}</a></p>
        }
        @case ('expired') {
          <h1>{{ t('linkExpired.heading') }}</h1>
          <p data-testid="link-expired">{{ t('confirmEmailChange.expired.body') }}</p>
          <p><a routerLink="/account" data-testid="email-change-account">{{ t('confirmEmailChange.account') }}</a></p>
        }
        @case ('failed') {
          <h1>{{ t('confirmEmailChange.failed.heading') }}</h1>
          <cab-form-status [message]="problem()" />
          <p><a routerLink="/account" data-testid="email-change-account">{{ t('confirmEmailChange.account') }}</a></p>
        }
      }
    </div>
  `,
})
export class ConfirmEmailChangePageComponent implements OnInit {
  /** From the link: `/confirm-email-change?token=…`. */
  readonly token = input<string>();
  private readonly auth = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly state = signal<LinkTokenState>('confirming');
  protected readonly problem = signal<string | null>(null);

  ngOnInit(): void {
    consumeLinkToken(this.token(), (token) => this.auth.confirmEmailChange(token), {
      state: this.state,
      problem: this.problem,
      // The account page and the shell show the email from the session: bring it up to date.
      done: () => {
        if (this.session.signedIn()) this.session.refresh().catch(() => undefined);
      },
      // 409: someone else confirmed this address for their account in the meantime.
      failure: (error) => (isApiError(error) && error.status === 409 ? this.t('confirmEmailChange.conflict') : this.apiErrorText(error)),
    });
  }
}
