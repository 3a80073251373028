import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PublicOutcomesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { catchError, map, of } from 'rxjs';

/**
 * On a board's public page: the way to its "you said, we did" page, shown only when the board
 * has published something (a board without public pages, or with nothing published, shows nothing).
 */
@Component({
  selector: 'cab-public-outcomes-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown.value()) {
      <section aria-labelledby="public-outcomes-heading" data-testid="public-outcomes">
        <h2 id="public-outcomes-heading">{{ t('recommendations.public.link.heading') }}</h2>
        <p>{{ t('recommendations.public.link.body') }}</p>
        <p><a [routerLink]="['/join', slug(), 'you-said-we-did']" data-testid="public-outcomes-link">{{ t('recommendations.public.link.open') }}</a></p>
      </section>
    }
  `,
})
export class PublicOutcomesLinkComponent {
  readonly slug = input.required<string>();

  private readonly api = inject(PublicOutcomesApi);
  protected readonly t = inject(I18nService).t;

  protected readonly shown = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.api.list(params).pipe(
      map((page) => page.recommendations.length > 0),
      catchError(() => of(false)),
    ),
  });
}
