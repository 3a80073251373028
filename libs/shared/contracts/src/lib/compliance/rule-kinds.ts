import { z } from 'zod';
import { COMPOSITION_TAGS, SEAT_KINDS } from '../boards/boards';

/**
 * The kinds of rule a compliance pack is made of, each with the parameters it takes. Packs (seeded
 * from real funder rules, or composed by a funder) are data: a list of these with their values
 * and the source each one cites. One schema per kind is the only description of its parameters:
 * the API validates packs with it, the web's pack editor builds its form from it.
 */

const percent = z.number({ error: 'must be a number' }).min(0, { error: 'must be 0 to 100' }).max(100, { error: 'must be 0 to 100' });
const count = (min: number, max: number) => z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(min, { error: `must be ${min} to ${max}` }).max(max, { error: `must be ${min} to ${max}` });

/** Who a share counts: people in a seat kind, or people who attested a composition tag. */
export const compositionGroupSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('seat'), seatKinds: z.array(z.enum(SEAT_KINDS, { error: 'must be a seat kind' })).min(1, { error: 'must name at least one seat kind' }) }),
  z.object({ by: z.literal('tag'), tags: z.array(z.enum(COMPOSITION_TAGS, { error: 'must be a composition tag' })).min(1, { error: 'must name at least one tag' }) }),
]);
export type CompositionGroup = z.infer<typeof compositionGroupSchema>;

/** Calendar windows a count is made over; a fiscal year starts on the given month (1-12). */
export const rulePeriodSchema = z.discriminatedUnion('per', [
  z.object({ per: z.literal('month') }),
  z.object({ per: z.literal('quarter') }),
  z.object({ per: z.literal('year') }),
  z.object({ per: z.literal('fiscal_year'), startMonth: count(1, 12) }),
]);
export type RulePeriod = z.infer<typeof rulePeriodSchema>;

/** Board roles and seat kinds that a rule may bar from voting. */
export const NON_VOTING_SUBJECTS = ['staff', 'ex_officio', 'funder_observer'] as const;

export const RULE_KIND_SCHEMAS = {
  /** At least `minPercent` of voting (or all seated) members belong to the group. */
  composition_share: z.object({ group: compositionGroupSchema, minPercent: percent, over: z.enum(['voting_members', 'seated_members']) }),
  /** At most `maxPercent` of voting members belong to the group (e.g. state employees). */
  composition_cap: z.object({ group: compositionGroupSchema, maxPercent: percent }),
  /** The number of voting members is within bounds. */
  board_size: z.object({ min: count(1, 500), max: count(1, 500) }).refine((v) => v.min <= v.max, { error: 'must not be less than the smallest size', path: ['max'] }),
  /** At least `min` meetings held in each period. */
  meetings_held: z.object({ min: count(1, 366), period: rulePeriodSchema }),
  /** At least `minPercent` of the meetings held in the period reached quorum. */
  quorum_reached: z.object({ minPercent: percent }),
  /** Minutes of each meeting held are approved, published or sent to the governing body within `withinDays`. */
  minutes_within: z.object({ step: z.enum(['approved', 'published', 'sent']), withinDays: count(1, 365) }),
  /** Minutes are kept at least `years` (Cabinet never deletes minutes before then). */
  minutes_retention: z.object({ years: count(1, 50) }),
  /** The agency answers each recommendation within `days` of the day it was sent: the funder's limit, whatever the board's own due day. */
  response_within: z.object({ days: count(1, 365) }),
  /** At least `minPercent` of recommendations sent in the period were answered (or implemented). */
  recommendations_share: z.object({ measure: z.enum(['answered', 'implemented']), minPercent: percent }),
  /** No member serves more than `maxConsecutive` consecutive terms. */
  term_limit: z.object({ maxConsecutive: count(1, 20) }),
  /** No voting member has more than `maxUnexcused` unexcused absences in `months` months. */
  attendance_standing: z.object({ maxUnexcused: count(0, 50), months: count(1, 24) }),
  /** Every voting member completed the board's onboarding before voting. */
  onboarding_before_voting: z.object({}),
  /** People in these seat kinds hold no vote. */
  roles_not_voting: z.object({ seatKinds: z.array(z.enum(NON_VOTING_SUBJECTS, { error: 'must be staff, ex officio or funder observer' })).min(1, { error: 'must name at least one' }) }),
  /** A report is published every year by a day (month 1-12, day 1-31). */
  report_due: z.object({ report: z.enum(['annual']), month: count(1, 12), day: count(1, 31) }),
} as const;

export type RuleKind = keyof typeof RULE_KIND_SCHEMAS;
export const RULE_KINDS = Object.keys(RULE_KIND_SCHEMAS) as RuleKind[];
export type RuleParams<K extends RuleKind> = z.infer<(typeof RULE_KIND_SCHEMAS)[K]>;

/** Where a rule comes from: the law, regulation or funder document, as precisely as it can be cited. */
export const ruleSourceSchema = z.object({
  citation: z.string().trim().min(3, { error: 'must name the source' }).max(300, { error: 'must be at most 300 characters' }),
  url: z.url({ error: 'must be a web address' }).max(500).nullable(),
});
export type RuleSource = z.infer<typeof ruleSourceSchema>;

/**
 * Paths of keys in `raw` that the kind's schema dropped (its objects strip unknown keys). Follows
 * only keys the schema kept, so it never descends into what a client hid under an unknown key,
 * however deep that nests.
 */
function droppedKeys(raw: unknown, parsed: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object') return [];
  if (Array.isArray(raw)) return Array.isArray(parsed) ? raw.flatMap((item, index) => droppedKeys(item, parsed[index], [...path, index])) : [];
  const kept = parsed as Record<string, unknown>;
  return Object.entries(raw).flatMap(([key, item]) => (key in kept ? droppedKeys(item, kept[key], [...path, key]) : [[...path, key]]));
}

/**
 * One rule of a pack: its kind, its parameters (checked against the kind's schema), a plain title and its source.
 * A parameter the kind does not read is refused rather than stored: params are kept as sent, and
 * an unknown key could otherwise carry any JSON (nested deeper than the database accepts) into the pack.
 */
export const packRuleSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$/, { error: 'must be lowercase letters, digits and dashes' }),
    kind: z.enum(RULE_KINDS as [RuleKind, ...RuleKind[]], { error: 'must be a known rule kind' }),
    title: z.string().trim().min(3, { error: 'must be at least 3 characters' }).max(200, { error: 'must be at most 200 characters' }),
    params: z.record(z.string(), z.unknown()),
    source: ruleSourceSchema,
  })
  .superRefine((rule, ctx) => {
    const parsed = RULE_KIND_SCHEMAS[rule.kind].safeParse(rule.params);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['params', ...issue.path] } as z.core.$ZodRawIssue);
    else for (const path of droppedKeys(rule.params, parsed.data)) ctx.addIssue({ code: 'custom', message: 'is not a parameter of this rule kind', path: ['params', ...path] });
  });
export type PackRule = z.infer<typeof packRuleSchema>;

export const rulePackSchema = z
  .object({
    name: z.string().trim().min(3, { error: 'must be at least 3 characters' }).max(200, { error: 'must be at most 200 characters' }),
    description: z.string().trim().max(2000, { error: 'must be at most 2000 characters' }),
    rules: z.array(packRuleSchema).min(1, { error: 'must hold at least one rule' }).max(50, { error: 'must hold at most 50 rules' }),
  })
  .refine((pack) => new Set(pack.rules.map((rule) => rule.key)).size === pack.rules.length, { error: 'must not repeat a rule key', path: ['rules'] });
export type RulePackInput = z.infer<typeof rulePackSchema>;

/** What an evaluation of one rule found. "at_risk" passes now but will not by the period's end as things stand. */
export const RULE_RESULTS = ['pass', 'fail', 'at_risk', 'not_enough_data'] as const;
export type RuleResult = (typeof RULE_RESULTS)[number];
