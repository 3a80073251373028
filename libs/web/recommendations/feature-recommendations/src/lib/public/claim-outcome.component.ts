import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PublicOutcomesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { PublicRecommendationComponent } from './public-recommendation.component';

/**
 * On the claim-code page, when the input became a recommendation (or was answered, which may
 * follow): what the board asked the service, the service's answer and the plan, once the board
 * has sent it. Input answered without a recommendation shows nothing here.
 */
@Component({
  selector: 'cab-claim-outcome',
  imports: [PublicRecommendationComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (outcome.error()) {
      <p role="status" data-testid="claim-outcome-failed">{{ t('recommendations.outcome.claim.loadFailed') }}</p>
    } @else if (outcome.value(); as found) {
      @if (found.recommendation || madeRecommendation()) {
        <section aria-labelledby="claim-outcome-heading" data-testid="claim-outcome">
          <h3 id="claim-outcome-heading">{{ t('recommendations.outcome.claim.heading') }}</h3>
          @if (found.recommendation; as recommendation) {
            <p>{{ t('recommendations.outcome.claim.intro') }}</p>
            <cab-public-recommendation [recommendation]="recommendation" [level]="4" />
          } @else {
            <p data-testid="claim-outcome-not-sent">{{ t('recommendations.outcome.claim.notSent') }}</p>
          }
        </section>
      }
    }
  `,
})
export class ClaimOutcomeComponent {
  /** The claim code as already checked by the claim page (canonical form). */
  readonly code = input.required<string>();
  /** The claim says the input became a recommendation: say so even before the board sends it. */
  readonly madeRecommendation = input(false);

  private readonly api = inject(PublicOutcomesApi);
  protected readonly t = inject(I18nService).t;

  protected readonly outcome = rxResource({ params: () => this.code(), stream: ({ params }) => this.api.claimOutcome(params) });
}
