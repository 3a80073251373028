import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { PortfolioRuleView } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';
import { measureLine } from '../board-compliance/measure-line';
import { EVIDENCE_NOTE_LABEL_KEYS, EVIDENCE_TYPE_LABEL_KEYS, RESULT_HINT_KEYS } from '../shared/labels';
import { ResultBadgeComponent } from '../shared/result-badge.component';
import { RULE_CARD_STYLES } from '../shared/rule-card.styles';

/**
 * One rule as a funder sees it: result in icon and words, measured against needed (or plainly
 * withheld when the count of people is under 5: no number at all), its source, and on the
 * board's drill-down the records it rests on. Records are text only: a funder cannot open the
 * service's meetings or recommendations.
 */
@Component({
  selector: 'cab-portfolio-rule',
  imports: [ResultBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = rule();
    @if (headingLevel() === 3) {
      <h3 class="title" data-testid="rule-title">{{ view.title }}</h3>
    } @else {
      <h4 class="title" data-testid="rule-title">{{ view.title }}</h4>
    }
    <p class="status" data-testid="rule-status"><cab-result-badge [result]="view.result" /></p>
    @if (hints[view.result]; as hint) {
      <p class="hint" data-testid="rule-hint">{{ t(hint) }}</p>
    }
    @if (view.withheld) {
      <p data-testid="rule-withheld">{{ t('portfolio.withheld') }}</p>
      <p class="hint">{{ t('portfolio.withheld.hint') }}</p>
    } @else {
      <p data-testid="rule-measure">{{ measure() }}</p>
    }
    <p class="source" data-testid="rule-source">
      {{ t('compliance.rule.source') }}:
      @if (view.source.url) {
        <a [href]="view.source.url" target="_blank" rel="noopener noreferrer" data-testid="rule-source-link"
          >{{ view.source.citation }}<span class="cab-visually-hidden"> {{ t('compliance.rule.newTab') }}</span></a
        >
      } @else {
        {{ view.source.citation }}
      }
    </p>
    @if (showEvidence()) {
      @if (view.evidence.length === 0) {
        <p class="hint" data-testid="rule-no-evidence">{{ t('compliance.rule.noEvidence') }}</p>
      } @else {
        <details data-testid="rule-evidence">
          <summary>{{ t('compliance.rule.evidence', { count: view.evidence.length }) }}</summary>
          <ul class="evidence">
            @for (item of view.evidence; track item.type + item.id) {
              <li data-testid="evidence-item">
                <span class="type">{{ t(types[item.type]) }}</span>
                @if (item.on) {
                  <span> · {{ day(item.on) }}</span>
                }
                <span> · {{ item.label }}</span>
                <span class="note" data-testid="evidence-note"> — {{ note(item.note) }}</span>
              </li>
            }
          </ul>
        </details>
      }
    }
  `,
  styles: RULE_CARD_STYLES,
})
export class PortfolioRuleComponent {
  readonly rule = input.required<PortfolioRuleView>();
  /** 3 on the board's own page, 4 inside a board's card on the dashboard. */
  readonly headingLevel = input<3 | 4>(3);
  readonly showEvidence = input(false);

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly hints = RESULT_HINT_KEYS;
  protected readonly types = EVIDENCE_TYPE_LABEL_KEYS;
  protected readonly measure = computed(() => measureLine(this.rule(), this.t, this.i18n.locale()));

  /** A note code the screens do not know yet is shown as its code: still more use than nothing. */
  protected note(code: string): string {
    const key = Object.hasOwn(EVIDENCE_NOTE_LABEL_KEYS, code) ? EVIDENCE_NOTE_LABEL_KEYS[code] : undefined;
    return key ? this.t(key) : code.replace(/_/g, ' ');
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }
}
