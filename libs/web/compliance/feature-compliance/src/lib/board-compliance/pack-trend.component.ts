import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ComplianceTrendPoint } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';

/**
 * Earlier reporting years as a small table: how many rules were met, not met, at risk or without
 * data in each. A table reads well with a screen reader and scrolls sideways on a narrow phone.
 */
@Component({
  selector: 'cab-pack-trend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll" role="region" tabindex="0" [attr.aria-labelledby]="captionId()">
      <table class="cab-table" data-testid="pack-trend">
        <caption [id]="captionId()">{{ t('compliance.trend.caption', { pack: packName() }) }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ t('compliance.trend.year') }}</th>
            <th scope="col">{{ t('compliance.trend.pass') }}</th>
            <th scope="col">{{ t('compliance.trend.fail') }}</th>
            <th scope="col">{{ t('compliance.trend.atRisk') }}</th>
            <th scope="col">{{ t('compliance.trend.notEnoughData') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (year of trend(); track year.from) {
            <tr data-testid="trend-row">
              <th scope="row">{{ t('compliance.pack.yearValue', { from: day(year.from), to: day(year.to) }) }}</th>
              <td>{{ year.pass }}</td>
              <td>{{ year.fail }}</td>
              <td>{{ year.atRisk }}</td>
              <td>{{ year.notEnoughData }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    caption {
      margin-bottom: 0.5rem;
      text-align: start;
      font-weight: 700;
    }
    tbody th {
      font-weight: 500;
    }
  `,
})
export class PackTrendComponent {
  readonly trend = input.required<readonly ComplianceTrendPoint[]>();
  readonly packName = input.required<string>();
  /** Unique per pack on the page: the caption names the scrolling region. */
  readonly captionId = input.required<string>();
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }
}
