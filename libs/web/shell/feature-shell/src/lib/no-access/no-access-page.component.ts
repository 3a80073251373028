import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';

/**
 * Shown in place of a page the person's role does not include (the address stays, so switching to
 * another organisation can bring the page back). Says why in plain words, and where to go instead.
 */
@Component({
  selector: 'cab-no-access-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 data-testid="no-access">{{ t('noAccess.heading') }}</h1>
    @if (store.activeOrganization(); as organization) {
      <p>{{ t('noAccess.bodyInOrganization', { organization: organization.name }) }}</p>
    } @else {
      <p>{{ t('noAccess.body') }}</p>
    }
    @if (store.organizations().length > 1) {
      <p>{{ t('noAccess.switchHint') }}</p>
    }
    <p><a routerLink="/account">{{ t('noAccess.accountLink') }}</a></p>
  `,
})
export class NoAccessPageComponent {
  protected readonly store = inject(SessionStore);
  protected readonly t = inject(I18nService).t;
}
