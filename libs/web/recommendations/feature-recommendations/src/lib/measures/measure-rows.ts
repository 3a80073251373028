import type { AccountabilityMeasures, MeasureShare } from '@cabinet/shared/contracts';
import type { MessageKey, MessageParams } from '@cabinet/web/shared/i18n';

/** One line of the measures: its name, its value in words, and what it counts. */
export interface MeasureRow {
  id: string;
  label: MessageKey;
  value: string;
  definition: string;
}

// Each measure's name and its plain definition.
const INPUT_RECEIVED = ['recommendations.measures.input.received', 'recommendations.measures.input.received.definition'] as const;
const INPUT_ACKNOWLEDGED = ['recommendations.measures.input.acknowledged', 'recommendations.measures.input.acknowledged.definition'] as const;
const INPUT_MEDIAN = ['recommendations.measures.input.medianDays', 'recommendations.measures.input.medianDays.definition'] as const;
const INPUT_ON_TIME = ['recommendations.measures.input.onTime', 'recommendations.measures.input.onTime.definition'] as const;
const SENT = ['recommendations.measures.recommendations.sent', 'recommendations.measures.recommendations.sent.definition'] as const;
const ANSWER_MEDIAN = ['recommendations.measures.recommendations.medianDays', 'recommendations.measures.recommendations.medianDays.definition'] as const;
const ON_TIME = ['recommendations.measures.recommendations.onTime', 'recommendations.measures.recommendations.onTime.definition'] as const;
const IMPLEMENTED = ['recommendations.measures.recommendations.implemented', 'recommendations.measures.recommendations.implemented.definition'] as const;
const SATISFIED = ['recommendations.measures.recommendations.satisfied', 'recommendations.measures.recommendations.satisfied.definition'] as const;

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The measures as lines to show, in the reader's language: shares as "12 of 15 (80%)", medians in
 * days, and "No data yet" where there is nothing to count (never a bare percentage).
 */
export function measureRows(measures: AccountabilityMeasures, t: Translate, locale: string): { input: MeasureRow[]; recommendations: MeasureRow[] } {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const share = (value: MeasureShare | null) =>
    value ? t('recommendations.measures.share', { numerator: number.format(value.numerator), denominator: number.format(value.denominator), percent: Math.round((100 * value.numerator) / value.denominator) }) : t('recommendations.measures.noData');
  const days = (value: number | null) => (value === null ? t('recommendations.measures.noData') : value === 1 ? t('recommendations.measures.dayOne') : t('recommendations.measures.days', { days: number.format(value) }));
  const row = (id: string, [label, definition]: readonly [MessageKey, MessageKey], value: string, params?: MessageParams): MeasureRow => ({ id, label, value, definition: t(definition, params) });
  const { input, recommendations } = measures;
  return {
    input: [
      row('input-received', INPUT_RECEIVED, number.format(input.received)),
      row('input-acknowledged', INPUT_ACKNOWLEDGED, number.format(input.acknowledged)),
      row('input-median', INPUT_MEDIAN, days(input.medianDaysToAcknowledge)),
      row('input-on-time', INPUT_ON_TIME, share(input.acknowledgedOnTime), { days: input.ackDays }),
    ],
    recommendations: [
      row('sent', SENT, number.format(recommendations.sent)),
      row('median', ANSWER_MEDIAN, days(recommendations.medianDaysToAnswer)),
      row('on-time', ON_TIME, share(recommendations.answeredOnTime)),
      row('implemented', IMPLEMENTED, share(recommendations.implemented)),
      row('satisfied', SATISFIED, share(recommendations.satisfied)),
    ],
  };
}
