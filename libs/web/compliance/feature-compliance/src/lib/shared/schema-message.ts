import type { MessageKey, MessageParams } from '@cabinet/web/shared/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The contracts' compliance schemas write their messages in English; these are the ones they write. */
const EXACT: Readonly<Record<string, MessageKey>> = {
  'must be a number': 'compliance.schema.number',
  'must be a whole number': 'compliance.schema.wholeNumber',
  'must be 0 to 100': 'compliance.schema.percent',
  'must not be less than the smallest size': 'compliance.schema.sizeOrder',
  'must name at least one seat kind': 'compliance.schema.seatKindRequired',
  'must name at least one tag': 'compliance.schema.tagRequired',
  'must name at least one': 'compliance.schema.oneRequired',
  'must be a seat kind': 'compliance.schema.seatKind',
  'must be a composition tag': 'compliance.schema.tag',
  'must be staff, ex officio or funder observer': 'compliance.schema.nonVoting',
  'must be lowercase letters, digits and dashes': 'compliance.schema.key',
  'must be a known rule kind': 'compliance.schema.kind',
  'must name the source': 'compliance.schema.citation',
  'must be a web address': 'compliance.schema.url',
  'must hold at least one rule': 'compliance.schema.rulesMin',
  'must not repeat a rule key': 'compliance.schema.keyRepeated',
  'must be a date (YYYY-MM-DD)': 'compliance.schema.date',
  'must be a pack id': 'compliance.schema.pack',
};

const PATTERNS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => readonly [MessageKey, MessageParams]]> = [
  [/^must be (\d+) to (\d+)$/, (match) => ['compliance.schema.range', { min: match[1] ?? '', max: match[2] ?? '' }]],
  [/^must be at least (\d+) characters$/, (match) => ['form.minLength', { min: match[1] ?? '' }]],
  [/^must be at most (\d+) characters$/, (match) => ['form.maxLength', { max: match[1] ?? '' }]],
  [/^must hold at most (\d+) rules$/, (match) => ['compliance.schema.rulesMax', { max: match[1] ?? '' }]],
];

/**
 * A schema's message (from the contracts in the browser, or from the API's 422) in the reader's
 * language. A message this list does not know yet is shown as written, as a sentence: it is still
 * the most specific thing to say.
 */
export function schemaMessage(message: string, t: Translate): string {
  const exact = Object.hasOwn(EXACT, message) ? EXACT[message] : undefined;
  if (exact) return t(exact);
  for (const [pattern, toKey] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) {
      const [key, params] = toKey(match);
      return t(key, params);
    }
  }
  const trimmed = message.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
