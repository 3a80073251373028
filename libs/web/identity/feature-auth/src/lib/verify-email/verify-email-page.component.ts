import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { AuthApi, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { type LinkTokenState, consumeLinkToken } from '../link-token';

/** Opens from the link in the sign-up email: confirms the address and signs the person in. */
@Component({
  selector: 'cab-verify-email-page',
  imports: [RouterLink, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      @switch (state()) {
        @case ('confirming') {
          <h1>{{ t('verifyEmail.confirming') }}</h1>
          <p role="status">{{ t('common.pleaseWait') }}</p>
        }
        @case ('confirmed') {
          <h1>{{ t('verifyEmail.confirmed.heading') }}</h1>
          <p>{{ t('verifyEmail.confirmed.body', { name: session.session()?.user?.displayName ?? '' }) }}</p>
          <ul class="cab-links">
            @if (canInvite()) {
              <li><a routerLink="/organization/members">{{ t('verifyEmail.confirmed.invite') }}</a></li>
            }
            <li><a routerLink="/account">{{ t('verifyEmail.confirmed.account') }}</a></li>
          </ul>
        }
        @case ('expired') {
          <h1>{{ t('linkExpired.heading') }}</h1>
          <p>{{ t('verifyEmail.expired.body') }}</p>
          <p><a routerLink="/sign-in">{{ t('verifyEmail.expired.signIn') }}</a></p>
        }
        @case ('failed') {
          <h1>{{ t('verifyEmail.failed.heading') }}</h1>
          <cab-form-status [message]="problem()" />
          <p><a routerLink="/sign-in">{{ t('verifyEmail.expired.signIn') }}</a></p>
        }
      }
    </div>
  `,
})
export class VerifyEmailPageComponent implements OnInit {
  /** From the link: `/verify-email?token=…`. */
  readonly token = input<string>();
  private readonly auth = inject(AuthApi);
  protected readonly session = inject(SessionStore);
  private readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly state = signal<LinkTokenState>('confirming');
  protected readonly problem = signal<string | null>(null);
  protected readonly canInvite = () => this.session.can(Permission.InvitationsManage);

  ngOnInit(): void {
    consumeLinkToken(this.token(), (token) => this.auth.verifyEmail(token), {
      state: this.state,
      problem: this.problem,
      done: (session) => this.session.set(session),
      failure: (error) => this.apiErrorText(error),
    });
  }
}
