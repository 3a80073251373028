import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent, formSubmit, formatDate } from '@cabinet/web/shared/ui';

/**
 * For the board's organisers, once a recommendation is sent: put it on the board's public
 * "you said, we did" page, or take it off. The API refuses (and says why) when the board's
 * public pages are off.
 */
@Component({
  selector: 'cab-publish-toggle',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let detail = recommendation();
    <section aria-labelledby="publish-heading" data-testid="publish">
      <h2 id="publish-heading">{{ t('recommendations.publish.heading') }}</h2>
      @if (detail.publishedAt) {
        <p data-testid="publish-state">{{ t('recommendations.publish.on', { date: date(detail.publishedAt) }) }}</p>
      } @else {
        <p data-testid="publish-state">{{ t('recommendations.publish.off') }}</p>
      }
      <cab-form-status [message]="submission.problem()" />
      <cab-form-status [message]="done()" tone="success" />
      <p>
        <button type="button" [matButton]="detail.publishedAt ? 'outlined' : 'filled'" (click)="toggle()" [disabled]="submission.pending()" data-testid="publish-toggle">
          {{ t(detail.publishedAt ? 'recommendations.publish.unpublish' : 'recommendations.publish.publish') }}
        </button>
      </p>
    </section>
  `,
})
export class PublishToggleComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(RecommendationsApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  /** No fields: a refusal (public pages off) is shown as one message. */
  protected readonly submission = formSubmit(new FormGroup({}));
  protected readonly done = signal<string | null>(null);

  protected toggle(): void {
    const { boardId, id, publishedAt } = this.recommendation();
    const published = !publishedAt;
    this.done.set(null);
    this.submission.send(() => this.api.publish(boardId, id, published), (detail) => {
      this.done.set(this.t(published ? 'recommendations.publish.published' : 'recommendations.publish.unpublished'));
      this.changed.emit(detail);
    });
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }
}
