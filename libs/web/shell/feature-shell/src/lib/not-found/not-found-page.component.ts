import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';

@Component({
  selector: 'cab-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ t('notFound.heading') }}</h1>
    <p>{{ t('notFound.body') }}</p>
    <p><a routerLink="/">{{ t('notFound.homeLink') }}</a></p>
  `,
})
export class NotFoundPageComponent {
  protected readonly t = inject(I18nService).t;
}
