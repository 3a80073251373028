import type { z } from 'zod';
import { packRuleSchema, RULE_KIND_SCHEMAS, RULE_KINDS, rulePackSchema, type RuleKind, type RuleParams } from './rule-kinds';

/** A valid set of parameters for every kind: the type makes a new kind without an example a compile error. */
const GOOD_PARAMS: { [K in RuleKind]: RuleParams<K> } = {
  composition_share: { group: { by: 'tag', tags: ['unaligned_consumer'] }, minPercent: 33, over: 'voting_members' },
  composition_cap: { group: { by: 'seat', seatKinds: ['staff'] }, maxPercent: 33.3 },
  board_size: { min: 9, max: 25 },
  meetings_held: { min: 6, period: { per: 'fiscal_year', startMonth: 7 } },
  quorum_reached: { minPercent: 100 },
  minutes_within: { step: 'published', withinDays: 30 },
  minutes_retention: { years: 5 },
  response_within: { days: 90 },
  recommendations_share: { measure: 'answered', minPercent: 80 },
  term_limit: { maxConsecutive: 2 },
  attendance_standing: { maxUnexcused: 3, months: 6 },
  onboarding_before_voting: {},
  roles_not_voting: { seatKinds: ['staff', 'ex_officio'] },
  report_due: { report: 'annual', month: 10, day: 1 },
};

const rule = (kind: string, params: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  key: kind.replace(/_/g, '-'),
  kind,
  title: `A ${kind} rule`,
  params,
  source: { citation: '105 CMR 130.1801', url: null },
  ...overrides,
});

/** Each refusal as "path: message", the way the API reports a field. */
const refusals = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));

describe('rule kinds', () => {
  it.each(RULE_KINDS.map((kind) => [kind]))('accepts a %s rule with good parameters', (kind) => {
    expect(refusals(packRuleSchema.safeParse(rule(kind, GOOD_PARAMS[kind])))).toEqual([]);
    expect(RULE_KIND_SCHEMAS[kind].safeParse(GOOD_PARAMS[kind]).success).toBe(true);
  });

  it('refuses a parameter the kind does not read, at any level, naming it', () => {
    const hidden = rule('meetings_held', { min: 4, period: { per: 'year', extra: [[['deep']]] }, note: { nested: true } });
    expect(refusals(packRuleSchema.safeParse(hidden))).toEqual(['params.period.extra: is not a parameter of this rule kind', 'params.note: is not a parameter of this rule kind']);
  });

  it('refuses a percent over 100, naming params.minPercent', () => {
    expect(refusals(packRuleSchema.safeParse(rule('composition_share', { ...GOOD_PARAMS.composition_share, minPercent: 120 })))).toEqual(['params.minPercent: must be 0 to 100']);
  });

  it('refuses a negative percent for a cap', () => {
    expect(refusals(packRuleSchema.safeParse(rule('composition_cap', { ...GOOD_PARAMS.composition_cap, maxPercent: -1 })))).toEqual(['params.maxPercent: must be 0 to 100']);
  });

  it('refuses a board size whose largest is below its smallest, naming params.max', () => {
    expect(refusals(packRuleSchema.safeParse(rule('board_size', { min: 25, max: 9 })))).toEqual(['params.max: must not be less than the smallest size']);
  });

  it('accepts a board size of exactly one number', () => {
    expect(refusals(packRuleSchema.safeParse(rule('board_size', { min: 12, max: 12 })))).toEqual([]);
  });

  it('refuses a kind it does not know, naming kind', () => {
    expect(refusals(packRuleSchema.safeParse(rule('meetings_attended', {})))).toEqual(['kind: must be a known rule kind']);
  });

  it('refuses a count that is not a whole number', () => {
    expect(refusals(packRuleSchema.safeParse(rule('meetings_held', { min: 2.5, period: { per: 'year' } })))).toEqual(['params.min: must be a whole number']);
  });

  it('refuses a fiscal year starting in a month that does not exist, naming params.period.startMonth', () => {
    expect(refusals(packRuleSchema.safeParse(rule('meetings_held', { min: 6, period: { per: 'fiscal_year', startMonth: 13 } })))).toEqual(['params.period.startMonth: must be 1 to 12']);
  });

  it('names a missing parameter', () => {
    expect(refusals(packRuleSchema.safeParse(rule('minutes_retention', {})))).toEqual(['params.years: must be a whole number']);
  });

  it('refuses a composition group without any tag, and a tag it does not know', () => {
    expect(refusals(packRuleSchema.safeParse(rule('composition_share', { ...GOOD_PARAMS.composition_share, group: { by: 'tag', tags: [] } })))).toEqual(['params.group.tags: must name at least one tag']);
    expect(refusals(packRuleSchema.safeParse(rule('composition_share', { ...GOOD_PARAMS.composition_share, group: { by: 'tag', tags: ['left_handed'] } })))).toEqual(['params.group.tags.0: must be a composition tag']);
  });

  it('refuses to bar from voting a seat kind that must be able to vote', () => {
    expect(refusals(packRuleSchema.safeParse(rule('roles_not_voting', { seatKinds: ['peer'] })))).toEqual(['params.seatKinds.0: must be staff, ex officio or funder observer']);
  });

  it('refuses a report due on a day that is not in a month', () => {
    expect(refusals(packRuleSchema.safeParse(rule('report_due', { report: 'annual', month: 10, day: 32 })))).toEqual(['params.day: must be 1 to 31']);
  });

  it('refuses a rule key with capitals or spaces, naming key', () => {
    expect(refusals(packRuleSchema.safeParse(rule('board_size', GOOD_PARAMS.board_size, { key: 'Board size' })))).toEqual(['key: must be lowercase letters, digits and dashes']);
  });

  it('refuses a rule without a source, or with a source address that is not a web address', () => {
    expect(refusals(packRuleSchema.safeParse(rule('board_size', GOOD_PARAMS.board_size, { source: { citation: ' ', url: null } })))).toEqual(['source.citation: must name the source']);
    expect(refusals(packRuleSchema.safeParse(rule('board_size', GOOD_PARAMS.board_size, { source: { citation: '42 CFR 51c.304', url: 'cfr 51c' } })))).toEqual(['source.url: must be a web address']);
  });
});

describe('rule packs', () => {
  const pack = (rules: unknown[]) => ({ name: 'Massachusetts PFAC', description: '', rules });

  it('accepts a pack with one rule of every kind', () => {
    expect(refusals(rulePackSchema.safeParse(pack(RULE_KINDS.map((kind) => rule(kind, GOOD_PARAMS[kind])))))).toEqual([]);
  });

  it('refuses a pack that repeats a rule key, naming rules', () => {
    const twice = [rule('board_size', GOOD_PARAMS.board_size), rule('minutes_retention', GOOD_PARAMS.minutes_retention, { key: 'board-size' })];
    expect(refusals(rulePackSchema.safeParse(pack(twice)))).toEqual(['rules: must not repeat a rule key']);
  });

  it('refuses a pack without rules', () => {
    expect(refusals(rulePackSchema.safeParse(pack([])))).toEqual(['rules: must hold at least one rule']);
  });

  it('names the rule and the parameter when one rule of a pack is wrong', () => {
    const rules = [rule('board_size', GOOD_PARAMS.board_size), rule('quorum_reached', { minPercent: 101 })];
    expect(refusals(rulePackSchema.safeParse(pack(rules)))).toEqual(['rules.1.params.minPercent: must be 0 to 100']);
  });
});
