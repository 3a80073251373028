import { RULE_KIND_SCHEMAS, RULE_KINDS, type RuleKind } from '@cabinet/shared/contracts';
import { KIND_FIELDS, type ParamField, defaultParams, paramsOf, valueAt } from './kind-fields';

/** The kind's default parameters with one field's value replaced, its condition made true. */
function withValue(kind: RuleKind, field: ParamField, value: unknown): Record<string, unknown> {
  const values = new Map<string, unknown>(KIND_FIELDS[kind].map((one) => [one.path, one.initial]));
  if (field.when) values.set(field.when.path, field.when.equals);
  values.set(field.path, value);
  return paramsOf(kind, (path) => values.get(path));
}

/** The schema's issues as "path: message". */
function issues(kind: RuleKind, params: unknown): string[] {
  const result = RULE_KIND_SCHEMAS[kind].safeParse(params);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const fieldsOf = (type: ParamField['type']) => RULE_KINDS.flatMap((kind) => KIND_FIELDS[kind].filter((field) => field.type === type).map((field) => [kind, field.path, field] as const));

describe('the pack editor’s fields per rule kind', () => {
  it('describes every rule kind the contracts know', () => {
    expect(Object.keys(KIND_FIELDS).sort()).toEqual([...RULE_KINDS].sort());
  });

  it.each(RULE_KINDS.map((kind) => [kind]))('starts a new %s rule with parameters its schema accepts', (kind) => {
    expect(issues(kind, defaultParams(kind))).toEqual([]);
  });

  it.each(RULE_KINDS.map((kind) => [kind]))('has a field for every parameter of a %s rule, and none the schema does not know', (kind) => {
    const topLevel = new Set(KIND_FIELDS[kind].map((field) => field.path.split('.')[0]));
    expect([...topLevel].sort()).toEqual(Object.keys(RULE_KIND_SCHEMAS[kind].shape).sort());
  });

  it.each(fieldsOf('number'))('%s: refuses %s just outside its bounds, naming that field, and accepts its bounds', (kind, path, field) => {
    if (field.type !== 'number') throw new Error('not a number field');
    expect(issues(kind, withValue(kind, field, field.min - 1)).some((issue) => issue.startsWith(`${path}:`))).toBe(true);
    expect(issues(kind, withValue(kind, field, field.max + 1)).some((issue) => issue.startsWith(`${path}:`))).toBe(true);
    expect(issues(kind, withValue(kind, field, null)).some((issue) => issue.startsWith(`${path}:`))).toBe(true);
    // Board size checks its smallest against its largest: judge each bound with the other out of the way.
    const at = (value: number) => (kind === 'board_size' ? { min: 1, max: 500, [path]: value } : withValue(kind, field, value));
    expect(issues(kind, at(field.min))).toEqual([]);
    expect(issues(kind, at(field.max))).toEqual([]);
  });

  it.each(fieldsOf('select'))('%s: accepts every choice offered for %s', (kind, _path, field) => {
    if (field.type !== 'select') throw new Error('not a select field');
    for (const choice of field.options) expect([choice.value, issues(kind, withValue(kind, field, choice.value))]).toEqual([choice.value, []]);
  });

  it.each(fieldsOf('month'))('%s: accepts every month for %s and refuses a month that does not exist', (kind, path, field) => {
    for (let month = 1; month <= 12; month++) expect(issues(kind, withValue(kind, field, month))).toEqual([]);
    expect(issues(kind, withValue(kind, field, 13))).toEqual([`${path}: must be 1 to 12`]);
  });

  it.each(fieldsOf('checkboxes'))('%s: accepts each choice of %s alone, and refuses none', (kind, path, field) => {
    if (field.type !== 'checkboxes') throw new Error('not a checkboxes field');
    for (const choice of field.options) expect([choice.value, issues(kind, withValue(kind, field, [choice.value]))]).toEqual([choice.value, []]);
    expect(issues(kind, withValue(kind, field, [])).every((issue) => issue.startsWith(`${path}:`))).toBe(true);
    expect(issues(kind, withValue(kind, field, []))).toHaveLength(1);
  });

  it('sends only the list the group counts by, and a fiscal year’s first month only for a fiscal year', () => {
    const share = paramsOf('composition_share', (path) => ({ 'group.by': 'seat', 'group.seatKinds': ['peer'], 'group.tags': ['youth'], minPercent: 51, over: 'voting_members' })[path]);
    expect(share).toEqual({ group: { by: 'seat', seatKinds: ['peer'] }, minPercent: 51, over: 'voting_members' });
    const calendar = paramsOf('meetings_held', (path) => ({ min: 4, 'period.per': 'year', 'period.startMonth': 7 })[path]);
    expect(calendar).toEqual({ min: 4, period: { per: 'year' } });
    const fiscal = paramsOf('meetings_held', (path) => ({ min: 4, 'period.per': 'fiscal_year', 'period.startMonth': 7 })[path]);
    expect(fiscal).toEqual({ min: 4, period: { per: 'fiscal_year', startMonth: 7 } });
  });

  it('reads a dotted path, and nothing from a missing step', () => {
    expect(valueAt({ period: { per: 'year' } }, 'period.per')).toBe('year');
    expect(valueAt({ min: 4 }, 'period.per')).toBeUndefined();
  });
});
