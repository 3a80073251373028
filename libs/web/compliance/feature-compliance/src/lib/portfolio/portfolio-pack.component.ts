import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { PortfolioPackView, RuleResult } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDateTime, formatDay } from '@cabinet/web/shared/ui';
import { PortfolioRuleComponent } from './portfolio-rule.component';
import type { TrendYear } from './trend-chart';
import { TrendChartComponent } from './trend-chart.component';

/**
 * One pack of a covered board: its reporting year, each rule's result, and the years so far as a
 * chart (the running year counted from today's results, marked as such). Shown on the dashboard
 * inside the board's card, and on the board's own page with the records behind each rule.
 */
@Component({
  selector: 'cab-portfolio-pack',
  imports: [PortfolioRuleComponent, TrendChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = pack();
    @if (headingLevel() === 2) {
      <h2 class="name" data-testid="portfolio-pack-name">{{ view.packName }}</h2>
    } @else {
      <h3 class="name" data-testid="portfolio-pack-name">{{ view.packName }}</h3>
    }
    @if (view.period; as period) {
      <p class="meta" data-testid="portfolio-pack-period">
        {{ t('portfolio.pack.period', { version: view.version, from: day(period.from), to: day(period.to), checked: moment(period.evaluatedAt) }) }}
      </p>
      <p class="summary" data-testid="portfolio-pack-summary">{{ t('compliance.pack.summary', { pass: met(), total: view.rules.length }) }}</p>
      <ul class="cab-card-list">
        @for (rule of view.rules; track rule.ruleKey) {
          <li class="cab-card" data-testid="rule-result">
            <cab-portfolio-rule [rule]="rule" [headingLevel]="headingLevel() === 2 ? 3 : 4" [showEvidence]="showEvidence()" />
          </li>
        }
      </ul>
    } @else {
      <p data-testid="portfolio-pack-not-checked">{{ t('portfolio.pack.notChecked', { version: view.version }) }}</p>
    }
    @if (view.trend.length > 0) {
      <cab-trend-chart [years]="years()" [caption]="t('portfolio.trend.caption', { pack: view.packName, board: boardName() })" />
    }
  `,
  styles: `
    :host {
      display: block;
      margin-block: 1rem;
    }
    .name {
      margin: 0 0 0.25rem;
      overflow-wrap: anywhere;
    }
    h3.name {
      font-size: 1.0625rem;
    }
    .meta {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .summary {
      font-weight: 700;
    }
  `,
})
export class PortfolioPackComponent {
  readonly pack = input.required<PortfolioPackView>();
  /** The board the pack is on, so each chart's name says which board it is about. */
  readonly boardName = input.required<string>();
  /** 2 on the board's own page, 3 inside a board's card on the dashboard. */
  readonly headingLevel = input<2 | 3>(2);
  readonly showEvidence = input(false);

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly met = computed(() => this.pack().rules.filter((rule) => rule.result === 'pass').length);

  /** Oldest first: the earlier years (the API lists them newest first), then the running one. */
  protected readonly years = computed((): TrendYear[] => {
    const { trend, period, rules } = this.pack();
    const earlier = [...trend].reverse().map((point) => ({ ...point, current: false }));
    if (!period) return earlier;
    const count = (result: RuleResult) => rules.filter((rule) => rule.result === result).length;
    return [...earlier, { from: period.from, to: period.to, pass: count('pass'), fail: count('fail'), atRisk: count('at_risk'), notEnoughData: count('not_enough_data'), current: true }];
  });

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected moment(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
