import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ComplianceEvidenceView, ComplianceRuleView } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';
import { EVIDENCE_NOTE_LABEL_KEYS, EVIDENCE_TYPE_LABEL_KEYS, RESULT_HINT_KEYS } from '../shared/labels';
import { ResultBadgeComponent } from '../shared/result-badge.component';
import { measureLine } from './measure-line';
import { RULE_CARD_STYLES } from '../shared/rule-card.styles';

/**
 * One rule of a pack on the board: its result in icon and words, what was measured against what
 * it needs, where the rule comes from, and the records the result rests on (folded away: a rule
 * can rest on dozens of meetings). Meetings and minutes link to the meeting page, recommendations
 * to theirs, for people who can open them.
 */
@Component({
  selector: 'cab-rule-result',
  imports: [RouterLink, ResultBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let view = rule();
    <h3 class="title" data-testid="rule-title">{{ view.title }}</h3>
    <p class="status" data-testid="rule-status"><cab-result-badge [result]="view.result" /></p>
    @if (hints[view.result]; as hint) {
      <p class="hint" data-testid="rule-hint">{{ t(hint) }}</p>
    }
    <p data-testid="rule-measure">{{ measure() }}</p>
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
              <span> · </span>
              @if (linkOf(item); as link) {
                <a [routerLink]="link" data-testid="evidence-link">{{ item.label }}</a>
              } @else {
                <span>{{ item.label }}</span>
              }
              <span class="note" data-testid="evidence-note"> — {{ note(item.note) }}</span>
            </li>
          }
        </ul>
      </details>
    }
  `,
  styles: RULE_CARD_STYLES,
})
export class RuleResultComponent {
  readonly rule = input.required<ComplianceRuleView>();
  readonly boardId = input.required<string>();
  /** Whether the reader can open the board's meetings and recommendations (a funder may not). */
  readonly linkRecords = input(false);

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly hints = RESULT_HINT_KEYS;
  protected readonly types = EVIDENCE_TYPE_LABEL_KEYS;
  protected readonly measure = computed(() => measureLine(this.rule(), this.t, this.i18n.locale()));

  protected linkOf(item: ComplianceEvidenceView): string[] | null {
    if (!this.linkRecords()) return null;
    if ((item.type === 'meeting' || item.type === 'minutes') && item.meetingId) return ['/boards', this.boardId(), 'meetings', item.meetingId];
    if (item.type === 'recommendation') return ['/boards', this.boardId(), 'recommendations', item.id];
    return null;
  }

  /** A note code the screens do not know yet is shown as its code: still more use than nothing. */
  protected note(code: string): string {
    const key = Object.hasOwn(EVIDENCE_NOTE_LABEL_KEYS, code) ? EVIDENCE_NOTE_LABEL_KEYS[code] : undefined;
    return key ? this.t(key) : code.replace(/_/g, ' ');
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }
}
