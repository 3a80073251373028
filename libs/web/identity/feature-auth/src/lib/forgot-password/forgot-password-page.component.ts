import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ForgotPasswordFormComponent } from './forgot-password-form.component';

@Component({
  selector: 'cab-forgot-password-page',
  imports: [RouterLink, ForgotPasswordFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <h1>{{ t('forgotPassword.heading') }}</h1>
      <p>{{ t('forgotPassword.intro') }}</p>
      <cab-forgot-password-form />
      <p>{{ t('forgotPassword.noEmail') }}</p>
      <p><a routerLink="/sign-in">{{ t('common.backToSignIn') }}</a></p>
    </div>
  `,
})
export class ForgotPasswordPageComponent {
  protected readonly t = inject(I18nService).t;
}
