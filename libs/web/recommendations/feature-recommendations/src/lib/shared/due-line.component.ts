import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { RecommendationSummary } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';
import { dueText } from './due';

/**
 * The answer's due day and the days left, or an "Overdue" badge in words (with a border, not
 * colour alone). Nothing when no answer is awaited.
 */
@Component({
  selector: 'cab-due-line',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (recommendation().responseDueOn; as dueOn) {
      <p class="due" data-testid="recommendation-due">
        {{ t('recommendations.due.on', { date: day(dueOn) }) }}
        @if (due(); as text) {
          @if (text.overdue) {
            <span class="overdue" data-testid="recommendation-overdue">{{ t('recommendations.due.overdueBadge') }}</span>
          }
          <span data-testid="recommendation-days-left">{{ t(text.key, { days: text.days }) }}</span>
        }
      </p>
    }
  `,
  styles: `
    .due {
      margin: 0.25rem 0;
    }
    .overdue {
      display: inline-block;
      margin-inline: 0.25rem;
      padding: 0 0.5rem;
      border: 2px solid var(--mat-sys-error);
      border-radius: 4px;
      font-weight: 700;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class DueLineComponent {
  readonly recommendation = input.required<Pick<RecommendationSummary, 'awaitingResponse' | 'dueInDays' | 'overdue' | 'responseDueOn'>>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly due = computed(() => dueText(this.recommendation()));

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }
}
