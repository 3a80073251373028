import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { PublicRecommendationView } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDate, formatDay } from '@cabinet/web/shared/ui';
import { PUBLIC_DECISION_KEYS, PUBLIC_STATUS_KEYS } from './public-labels';

/**
 * One recommendation as people outside the board read it: what the board asked, where it
 * stands, the service's answer and the plan's steps. Headings start at `level` so the block
 * fits under a page heading (2) or deeper in a page (3, 4).
 */
@Component({
  selector: 'cab-public-recommendation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = recommendation();
    <article class="cab-card" [attr.aria-labelledby]="'public-rec-' + r.id" data-testid="public-recommendation">
      <div role="heading" [attr.aria-level]="level()" class="title" [id]="'public-rec-' + r.id" data-testid="public-recommendation-title">{{ r.title }}</div>
      <dl class="cab-facts">
        <div>
          <dt>{{ t('recommendations.outcome.status') }}</dt>
          <dd data-testid="public-recommendation-status">{{ t(statusKeys[r.status]) }}</dd>
        </div>
        <div>
          <dt>{{ t('recommendations.outcome.sentOn') }}</dt>
          <dd>{{ date(r.sentAt) }}</dd>
        </div>
      </dl>

      <div role="heading" [attr.aria-level]="level() + 1" class="subheading">{{ t('recommendations.outcome.asked') }}</div>
      <p class="text">{{ r.body }}</p>

      <div role="heading" [attr.aria-level]="level() + 1" class="subheading">{{ t('recommendations.outcome.answer') }}</div>
      @if (r.answer; as answer) {
        <p data-testid="public-recommendation-decision"><strong>{{ t(decisionKeys[answer.decision]) }}</strong> {{ t('recommendations.outcome.answeredOn', { date: date(answer.answeredAt) }) }}</p>
        @if (answer.text) {
          <p class="text" data-testid="public-recommendation-answer">{{ answer.text }}</p>
        }
      } @else {
        <p data-testid="public-recommendation-no-answer">{{ t('recommendations.outcome.noAnswer') }}</p>
      }

      @if (r.milestones.length) {
        <div role="heading" [attr.aria-level]="level() + 1" class="subheading">{{ t('recommendations.outcome.plan') }}</div>
        <ul class="steps" data-testid="public-recommendation-steps">
          @for (step of r.milestones; track $index) {
            <li>
              {{ step.title }}:
              @if (step.done) {
                <strong><span aria-hidden="true">✓ </span>{{ t('recommendations.outcome.stepDone') }}</strong>
              } @else {
                {{ t('recommendations.outcome.stepDue', { date: day(step.dueOn) }) }}
              }
            </li>
          }
        </ul>
      }
    </article>
  `,
  styles: `
    .title {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.5rem;
    }
    .subheading {
      font: var(--mat-sys-title-small);
      margin: 1rem 0 0.25rem;
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .steps {
      padding-left: 1.25rem;
    }
  `,
})
export class PublicRecommendationComponent {
  readonly recommendation = input.required<PublicRecommendationView>();
  /** The heading level of the recommendation's title; its parts are one level below. */
  readonly level = input<2 | 3 | 4>(2);

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly statusKeys = PUBLIC_STATUS_KEYS;
  protected readonly decisionKeys = PUBLIC_DECISION_KEYS;

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected day(isoDay: string): string {
    return formatDay(isoDay, this.i18n.locale());
  }
}
