import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { isApiError } from '@cabinet/web/identity/data-access';
import { PublicOutcomesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent } from '@cabinet/web/shared/ui';
import { PublicRecommendationComponent } from './public-recommendation.component';

/**
 * A board's "you said, we did" page, for anyone without signing in (`/join/:slug/you-said-we-did`):
 * the recommendations its organisers published, each with the service's answer and plan.
 */
@Component({
  selector: 'cab-you-said-we-did-page',
  imports: [RouterLink, MatButton, FormStatusComponent, PublicRecommendationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      @if (notFound()) {
        <section data-testid="you-said-not-found">
          <h1>{{ t('recommendations.public.notFoundHeading') }}</h1>
          <p>{{ t('recommendations.public.notFoundBody') }}</p>
        </section>
      } @else if (page.error()) {
        <h1>{{ t('recommendations.public.heading') }}</h1>
        <cab-form-status [message]="t('recommendations.public.loadFailed')" />
        <div class="cab-actions">
          <button type="button" matButton="outlined" (click)="page.reload()">{{ t('recommendations.public.retry') }}</button>
        </div>
      } @else if (page.value(); as view) {
        <p><a [routerLink]="['/join', slug()]" data-testid="you-said-back">{{ t('recommendations.public.back', { board: view.boardName }) }}</a></p>
        <p class="kicker" data-testid="you-said-board">{{ view.boardName }}</p>
        <h1>{{ t('recommendations.public.heading') }}</h1>
        <p>{{ t('recommendations.public.intro') }}</p>
        @if (view.recommendations.length === 0) {
          <p data-testid="you-said-none">{{ t('recommendations.public.none') }}</p>
        } @else {
          <ul class="cab-card-list">
            @for (recommendation of view.recommendations; track recommendation.id) {
              <li><cab-public-recommendation [recommendation]="recommendation" [level]="2" /></li>
            }
          </ul>
        }
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
    </div>
  `,
  styles: `
    .kicker {
      margin-bottom: 0;
      font: var(--mat-sys-label-large);
    }
    .cab-card-list {
      list-style: none;
      padding: 0;
    }
  `,
})
export class YouSaidWeDidPageComponent {
  /** From the route. */
  readonly slug = input.required<string>();

  private readonly api = inject(PublicOutcomesApi);
  protected readonly t = inject(I18nService).t;

  protected readonly page = rxResource({ params: () => this.slug(), stream: ({ params }) => this.api.list(params) });
  protected readonly notFound = computed(() => {
    const error = this.page.error();
    return isApiError(error) && error.status === 404;
  });
}
