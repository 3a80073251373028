import type { ComplianceRuleView, RuleKind } from '@cabinet/shared/contracts';
import type { MessageKey, MessageParams } from '@cabinet/web/shared/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * How each kind says what was measured against what it needs, e.g. "Meetings held: 2. Needs at
 * least 4." The threshold's meaning follows the kind (a floor, a ceiling, or none allowed), which
 * is why a line per kind and not per unit. "Label: value" keeps plurals out of the sentences.
 */
const LINE_KEYS: Readonly<Record<RuleKind, MessageKey>> = {
  composition_share: 'compliance.measure.composition_share',
  composition_cap: 'compliance.measure.composition_cap',
  board_size: 'compliance.measure.board_size',
  meetings_held: 'compliance.measure.meetings_held',
  quorum_reached: 'compliance.measure.quorum_reached',
  minutes_within: 'compliance.measure.minutes_within',
  minutes_retention: 'compliance.measure.minutes_retention',
  response_within: 'compliance.measure.response_within',
  recommendations_share: 'compliance.measure.recommendations_share',
  term_limit: 'compliance.measure.term_limit',
  attendance_standing: 'compliance.measure.attendance_standing',
  onboarding_before_voting: 'compliance.measure.onboarding_before_voting',
  roles_not_voting: 'compliance.measure.roles_not_voting',
  report_due: 'compliance.measure.report_due',
};

/**
 * What a rule measured and what it needs, in the reader's language; percents as the locale writes
 * them (to one decimal, never rounded up: 32.95 is shown as the API measured it). Nothing measured
 * says so instead of showing a blank.
 */
export function measureLine(rule: Pick<ComplianceRuleView, 'kind' | 'measured' | 'threshold' | 'unit'>, t: Translate, locale: string): string {
  if (rule.measured === null) return t('compliance.measure.none');
  const format =
    rule.unit === 'percent'
      ? (value: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
      : (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  // Board size reports the bound it is judged against: its largest when above it, else its smallest.
  const key = rule.kind === 'board_size' && rule.measured > rule.threshold ? 'compliance.measure.board_size.max' : LINE_KEYS[rule.kind];
  return t(key, { measured: format(rule.measured), threshold: format(rule.threshold) });
}
