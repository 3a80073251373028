import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { TREND_SERIES, type TrendSeries, type TrendYear, trendGeometry } from './trend-chart';

const SERIES_LABEL_KEYS: Readonly<Record<TrendSeries, MessageKey>> = {
  pass: 'compliance.trend.pass',
  fail: 'compliance.trend.fail',
  atRisk: 'compliance.trend.atRisk',
  notEnoughData: 'compliance.trend.notEnoughData',
};

let charts = 0;

/**
 * Reporting years as stacked bars of rules by result, drawn in plain SVG. Each result has its own
 * fill pattern as well as colour, named in a legend, so the chart does not rest on colour. The
 * picture is hidden from screen readers, which read the same numbers from a table instead.
 */
@Component({
  selector: 'cab-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let chart = geometry();
    <figure class="chart" data-testid="trend-chart">
      <figcaption data-testid="trend-caption">{{ caption() }}</figcaption>
      <svg [attr.width]="chart.width" [attr.height]="chart.height" [attr.viewBox]="'0 0 ' + chart.width + ' ' + chart.height" aria-hidden="true" focusable="false">
        <defs>
          <pattern [id]="id + '-pass'" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#1b6e2a" />
          </pattern>
          <pattern [id]="id + '-fail'" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#b3261e" />
            <rect width="3" height="8" fill="#ffffff" />
          </pattern>
          <pattern [id]="id + '-atRisk'" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#8a5300" />
            <circle cx="4" cy="4" r="1.75" fill="#ffffff" />
          </pattern>
          <pattern [id]="id + '-notEnoughData'" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#ffffff" />
            <path d="M0 6 L6 0" stroke="#5f6368" stroke-width="1.25" />
          </pattern>
        </defs>
        <line x1="0" [attr.x2]="chart.width" [attr.y1]="chart.baseline" [attr.y2]="chart.baseline" stroke="#5f6368" stroke-width="1" />
        @for (bar of chart.bars; track bar.year.from) {
          <g data-testid="trend-bar">
            @for (segment of bar.segments; track segment.series) {
              <rect
                [attr.x]="bar.x"
                [attr.y]="segment.y"
                [attr.width]="chart.barWidth"
                [attr.height]="segment.height"
                [attr.fill]="'url(#' + id + '-' + segment.series + ')'"
                stroke="#5f6368"
                stroke-width="1"
                [attr.data-series]="segment.series"
              />
            }
            <text [attr.x]="bar.x + chart.barWidth / 2" [attr.y]="(bar.segments.at(-1)?.y ?? chart.baseline) - 5" text-anchor="middle" class="total">{{ bar.total }}</text>
            <text [attr.x]="bar.x + chart.barWidth / 2" [attr.y]="chart.baseline + 18" text-anchor="middle" class="year" [class.current]="bar.year.current">{{ bar.label }}{{ bar.year.current ? '*' : '' }}</text>
          </g>
        }
      </svg>
      <ul class="legend" aria-hidden="true">
        @for (series of series; track series) {
          <li>
            <svg width="16" height="16" focusable="false"><rect x="0.5" y="0.5" width="15" height="15" [attr.fill]="'url(#' + id + '-' + series + ')'" stroke="#5f6368" /></svg>
            {{ t(labels[series]) }}
          </li>
        }
        @if (hasCurrent()) {
          <li>* {{ t('portfolio.trend.soFarNote') }}</li>
        }
      </ul>
      <!-- Hidden by its wrapper: a table grows to fit its cells whatever width it is given, so hidden
           itself it would still widen the page (sideways scrolling on a phone). -->
      <div class="cab-visually-hidden">
        <table data-testid="trend-table">
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ t('compliance.trend.year') }}</th>
              @for (series of series; track series) {
                <th scope="col">{{ t(labels[series]) }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (bar of chart.bars; track bar.year.from) {
              <tr data-testid="trend-table-row">
                <th scope="row">{{ bar.year.current ? t('portfolio.trend.soFar', { year: bar.label }) : bar.label }}</th>
                @for (series of series; track series) {
                  <td>{{ bar.year[series] }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0.5rem 0 1rem;
    }
    figcaption {
      margin-bottom: 0.5rem;
      font-weight: 700;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
    text {
      fill: var(--mat-sys-on-surface);
      font-size: 12px;
    }
    .total {
      font-weight: 700;
    }
    .current {
      font-style: italic;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0.5rem 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
      li {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
      }
      svg {
        display: inline-block;
      }
    }
  `,
})
export class TrendChartComponent {
  /** Oldest first. */
  readonly years = input.required<readonly TrendYear[]>();
  readonly caption = input.required<string>();

  protected readonly t = inject(I18nService).t;
  protected readonly id = `trend-chart-${++charts}`;
  protected readonly series = TREND_SERIES;
  protected readonly labels = SERIES_LABEL_KEYS;
  protected readonly geometry = computed(() => trendGeometry(this.years()));
  protected readonly hasCurrent = computed(() => this.years().some((year) => year.current));
}
