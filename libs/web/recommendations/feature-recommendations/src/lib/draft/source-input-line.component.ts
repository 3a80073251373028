import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';

/** On a recommendation drafted from input: the day that input arrived (only the day, nothing of who sent it). */
@Component({
  selector: 'cab-source-input-line',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p data-testid="recommendation-source-input">{{ t('recommendations.sourceInput.line', { date: day() }) }}</p>`,
})
export class SourceInputLineComponent {
  /** The calendar day the input arrived, e.g. "2027-03-01". */
  readonly receivedOn = input.required<string>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly day = computed(() => formatDay(this.receivedOn(), this.i18n.locale()));
}
