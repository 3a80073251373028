import { COMPOSITION_TAGS, NON_VOTING_SUBJECTS, type RuleKind, SEAT_KINDS } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';
import { COMPOSITION_TAG_LABEL_KEYS, SEAT_KIND_LABEL_KEYS } from '@cabinet/web/shared/ui';

/** Show a field only while another field of the same rule holds a value (a fiscal year's first month, say). */
export interface FieldCondition {
  path: string;
  equals: string;
}

export interface FieldOption {
  value: string;
  label: MessageKey;
}

interface FieldBase {
  /** Where the value sits in the rule's parameters, dotted: "minPercent", "period.startMonth". */
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  when?: FieldCondition;
}

/** `min`/`max`/`step` only help the browser (number keyboards, arrows): the kind's schema decides what is valid. */
export interface NumberField extends FieldBase {
  type: 'number';
  min: number;
  max: number;
  step: number;
  initial: number;
}

export interface SelectField extends FieldBase {
  type: 'select';
  options: readonly FieldOption[];
  initial: string;
}

/** A month of the year (1-12), named in the reader's language by the browser. */
export interface MonthField extends FieldBase {
  type: 'month';
  initial: number;
}

/** Several values from a list, as checkboxes: seat kinds or composition tags. */
export interface CheckboxesField extends FieldBase {
  type: 'checkboxes';
  options: readonly FieldOption[];
  initial: readonly string[];
}

export type ParamField = NumberField | SelectField | MonthField | CheckboxesField;

const percent = (path: string, label: MessageKey, initial: number): NumberField => ({ type: 'number', path, label, min: 0, max: 100, step: 0.1, initial });
const whole = (path: string, label: MessageKey, min: number, max: number, initial: number, hint?: MessageKey): NumberField => ({ type: 'number', path, label, min, max, step: 1, initial, ...(hint ? { hint } : {}) });
const option = (value: string, label: MessageKey): FieldOption => ({ value, label });

const SEAT_OPTIONS = SEAT_KINDS.map((kind) => option(kind, SEAT_KIND_LABEL_KEYS[kind]));
const TAG_OPTIONS = COMPOSITION_TAGS.map((tag) => option(tag, COMPOSITION_TAG_LABEL_KEYS[tag]));
const NON_VOTING_OPTIONS = NON_VOTING_SUBJECTS.map((kind) => option(kind, SEAT_KIND_LABEL_KEYS[kind]));

/** Who a share counts: people in some seat kinds, or people who chose a tag; only the chosen list is sent. */
function groupFields(by: 'seat' | 'tag', seatKinds: readonly string[], tags: readonly string[]): ParamField[] {
  return [
    { type: 'select', path: 'group.by', label: 'compliance.field.groupBy', options: [option('tag', 'compliance.field.groupBy.tag'), option('seat', 'compliance.field.groupBy.seat')], initial: by },
    { type: 'checkboxes', path: 'group.tags', label: 'compliance.field.tags', hint: 'compliance.field.tags.hint', options: TAG_OPTIONS, initial: tags, when: { path: 'group.by', equals: 'tag' } },
    { type: 'checkboxes', path: 'group.seatKinds', label: 'compliance.field.seatKinds', options: SEAT_OPTIONS, initial: seatKinds, when: { path: 'group.by', equals: 'seat' } },
  ];
}

/**
 * The fields the pack editor shows for each rule kind, one per parameter of the kind's schema in
 * `RULE_KIND_SCHEMAS`, with the values a new rule starts from (which the schema accepts). The
 * mapped type makes a new kind without fields a compile error; kind-fields.spec.ts checks each
 * field against the schema.
 */
export const KIND_FIELDS: { readonly [K in RuleKind]: readonly ParamField[] } = {
  composition_share: [
    ...groupFields('tag', ['peer'], ['lived_experience']),
    percent('minPercent', 'compliance.field.minPercent', 51),
    { type: 'select', path: 'over', label: 'compliance.field.over', options: [option('voting_members', 'compliance.field.over.voting_members'), option('seated_members', 'compliance.field.over.seated_members')], initial: 'voting_members' },
  ],
  composition_cap: [...groupFields('seat', ['staff'], ['consumer']), percent('maxPercent', 'compliance.field.maxPercent', 49)],
  board_size: [whole('min', 'compliance.field.boardSize.min', 1, 500, 9), whole('max', 'compliance.field.boardSize.max', 1, 500, 25)],
  meetings_held: [
    whole('min', 'compliance.field.meetings.min', 1, 366, 4),
    {
      type: 'select',
      path: 'period.per',
      label: 'compliance.field.period',
      options: [
        option('month', 'compliance.field.period.month'),
        option('quarter', 'compliance.field.period.quarter'),
        option('year', 'compliance.field.period.year'),
        option('fiscal_year', 'compliance.field.period.fiscal_year'),
      ],
      initial: 'year',
    },
    { type: 'month', path: 'period.startMonth', label: 'compliance.field.period.startMonth', initial: 7, when: { path: 'period.per', equals: 'fiscal_year' } },
  ],
  quorum_reached: [percent('minPercent', 'compliance.field.quorum.minPercent', 75)],
  minutes_within: [
    {
      type: 'select',
      path: 'step',
      label: 'compliance.field.minutesStep',
      options: [option('approved', 'compliance.field.minutesStep.approved'), option('published', 'compliance.field.minutesStep.published'), option('sent', 'compliance.field.minutesStep.sent')],
      initial: 'approved',
    },
    whole('withinDays', 'compliance.field.minutes.withinDays', 1, 365, 30),
  ],
  minutes_retention: [whole('years', 'compliance.field.retention.years', 1, 50, 5)],
  response_within: [whole('days', 'compliance.field.response.days', 1, 365, 30, 'compliance.field.response.days.hint')],
  recommendations_share: [
    { type: 'select', path: 'measure', label: 'compliance.field.measure', options: [option('answered', 'compliance.field.measure.answered'), option('implemented', 'compliance.field.measure.implemented')], initial: 'answered' },
    percent('minPercent', 'compliance.field.minPercent', 80),
  ],
  term_limit: [whole('maxConsecutive', 'compliance.field.term.maxConsecutive', 1, 20, 2)],
  attendance_standing: [whole('maxUnexcused', 'compliance.field.attendance.maxUnexcused', 0, 50, 3), whole('months', 'compliance.field.attendance.months', 1, 24, 6)],
  onboarding_before_voting: [],
  roles_not_voting: [{ type: 'checkboxes', path: 'seatKinds', label: 'compliance.field.notVoting', options: NON_VOTING_OPTIONS, initial: ['staff'] }],
  report_due: [
    { type: 'select', path: 'report', label: 'compliance.field.report', options: [option('annual', 'compliance.field.report.annual')], initial: 'annual' },
    { type: 'month', path: 'month', label: 'compliance.field.report.month', initial: 10 },
    whole('day', 'compliance.field.report.day', 1, 31, 1),
  ],
};

/** Reads a dotted path from nested parameters (undefined when any step is missing). */
export function valueAt(params: unknown, path: string): unknown {
  let value: unknown = params;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split('.');
  let node = target;
  for (const step of steps.slice(0, -1)) {
    const next = node[step];
    node = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (node[step] = {});
  }
  node[steps[steps.length - 1] as string] = value;
}

export function isShown(field: ParamField, read: (path: string) => unknown): boolean {
  return !field.when || read(field.when.path) === field.when.equals;
}

/**
 * A kind's parameters from the values read at each field's path, leaving out fields whose
 * condition does not hold (a fiscal year's first month when counting per calendar year).
 */
export function paramsOf(kind: RuleKind, read: (path: string) => unknown): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const field of KIND_FIELDS[kind]) if (isShown(field, read)) setAt(params, field.path, read(field.path));
  return params;
}

/** The parameters a new rule of the kind starts with. */
export function defaultParams(kind: RuleKind): Record<string, unknown> {
  const initial = new Map(KIND_FIELDS[kind].map((field) => [field.path, field.initial] as const));
  return paramsOf(kind, (path) => initial.get(path));
}
