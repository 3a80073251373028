import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Location } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';

/** After sign-up: the account opens from the link in the email. */
@Component({
  selector: 'cab-check-email-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <h1>{{ t('checkEmail.heading') }}</h1>
      @if (email) {
        <p data-testid="check-email-address">{{ t('checkEmail.sentTo', { email }) }}</p>
      } @else {
        <p>{{ t('checkEmail.sent') }}</p>
      }
      <p>{{ t('checkEmail.openLink') }}</p>
      <h2>{{ t('checkEmail.noEmail.heading') }}</h2>
      <p>{{ t('checkEmail.noEmail.body') }}</p>
      <p><a routerLink="/sign-in">{{ t('checkEmail.signInForNewLink') }}</a></p>
    </div>
  `,
})
export class CheckEmailPageComponent {
  protected readonly t = inject(I18nService).t;
  /** Passed in navigation state from sign-up; absent after a refresh, which is fine. */
  protected readonly email: string | null = readEmail(inject(Router).currentNavigation()?.extras.state ?? inject(Location).getState());
}

function readEmail(state: unknown): string | null {
  const email = typeof state === 'object' && state !== null ? (state as { email?: unknown }).email : null;
  return typeof email === 'string' && email !== '' ? email : null;
}
