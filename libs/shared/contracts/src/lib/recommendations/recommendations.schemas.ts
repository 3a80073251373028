import { z } from 'zod';
import { isoDate } from '../boards/boards.schemas';
import { RECOMMENDATION_SOURCES, RECOMMENDATION_STATUSES, RESPONSE_DECISIONS } from './recommendations';

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const uuid = (what: string) => z.uuid(`must be ${what}`);
const link = z
  .string()
  .trim()
  .max(500, 'is too long')
  .url('must be a web address such as https://example.org/report')
  .refine((value) => /^https?:\/\//i.test(value), 'must start with https://');

const liaisons = z.array(uuid('a person of the organisation addressed'), { error: 'must be a list of people' }).max(10, 'must name at most 10 people');

export const draftRecommendationSchema = z
  .strictObject({
    title: text(200),
    body: text(4000),
    source: z.enum(RECOMMENDATION_SOURCES, { error: 'must be input, agenda_item or direct' }),
    sourceInputId: uuid('an input of this board').optional(),
    sourceAgendaItemId: uuid('an agenda item of this board').optional(),
    addressedOrganizationId: uuid('the board’s host or a partner organisation').optional(),
    liaisonUserIds: liaisons.optional(),
  })
  .refine((r) => r.source !== 'input' || !!r.sourceInputId, { path: ['sourceInputId'], message: 'is required for a recommendation drafted from input' })
  .refine((r) => r.source !== 'agenda_item' || !!r.sourceAgendaItemId, { path: ['sourceAgendaItemId'], message: 'is required for a recommendation drafted from an agenda item' })
  .refine((r) => r.source === 'input' || !r.sourceInputId, { path: ['sourceInputId'], message: 'is only for a recommendation drafted from input' })
  .refine((r) => r.source === 'agenda_item' || !r.sourceAgendaItemId, { path: ['sourceAgendaItemId'], message: 'is only for a recommendation drafted from an agenda item' });
export type DraftRecommendationInput = z.infer<typeof draftRecommendationSchema>;

export const editRecommendationSchema = z.strictObject({
  title: text(200).optional(),
  body: text(4000).optional(),
  addressedOrganizationId: uuid('the board’s host or a partner organisation').nullable().optional(),
  liaisonUserIds: liaisons.optional(),
});
export type EditRecommendationInput = z.infer<typeof editRecommendationSchema>;

export const adoptRecommendationSchema = z.strictObject({ motionId: uuid('a carried motion of this board') });
export type AdoptRecommendationInput = z.infer<typeof adoptRecommendationSchema>;

export const respondToRecommendationSchema = z
  .strictObject({
    decision: z.enum(RESPONSE_DECISIONS, { error: 'must be accepted, partly_accepted, declined or info_needed' }),
    reasons: z.string().trim().max(4000, 'must be at most 4000 characters').optional(),
  })
  .refine((r) => r.decision === 'accepted' || !!r.reasons, {
    path: ['reasons'],
    message: 'are required: say why (for info_needed, the question for the board)',
  });
export type RespondToRecommendationInput = z.infer<typeof respondToRecommendationSchema>;

export const answerInfoRequestSchema = z.strictObject({ answer: text(4000) });
export type AnswerInfoRequestInput = z.infer<typeof answerInfoRequestSchema>;

export const addMilestoneSchema = z.strictObject({
  title: text(200),
  owner: text(120),
  dueOn: isoDate,
});
export type AddMilestoneInput = z.infer<typeof addMilestoneSchema>;

export const postProgressSchema = z.strictObject({
  text: text(4000),
  link: link.optional(),
  percentComplete: z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be at least 0').max(100, 'must be at most 100'),
  milestoneId: uuid('a milestone of this recommendation').optional(),
});
export type PostProgressInput = z.infer<typeof postProgressSchema>;

export const reportImplementedSchema = z.strictObject({ note: z.string().trim().max(4000, 'must be at most 4000 characters').optional() });
export type ReportImplementedInput = z.infer<typeof reportImplementedSchema>;

export const recordReviewSchema = z
  .strictObject({
    meetingId: uuid('a meeting of this board'),
    satisfied: z.boolean({ error: 'must be true or false' }),
    reasons: z.string().trim().max(4000, 'must be at most 4000 characters').optional(),
    motionId: uuid('a motion of that meeting').optional(),
  })
  .refine((r) => r.satisfied || !!r.reasons, { path: ['reasons'], message: 'are required when the board is not satisfied' });
export type RecordReviewInput = z.infer<typeof recordReviewSchema>;

export const listRecommendationsQuerySchema = z.strictObject({
  status: z.enum(RECOMMENDATION_STATUSES, { error: 'must be a recommendation status' }).optional(),
});
export type ListRecommendationsQuery = z.infer<typeof listRecommendationsQuerySchema>;

export const recommendationSettingsSchema = z.strictObject({
  responseDays: z.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(180, 'must be at most 180'),
});
export type RecommendationSettingsInput = z.infer<typeof recommendationSettingsSchema>;

/** Without an organisation, the board's host. */
export const liaisonOptionsQuerySchema = z.strictObject({ organizationId: uuid('the board’s host or a partner organisation').optional() });
export type LiaisonOptionsQuery = z.infer<typeof liaisonOptionsQuerySchema>;

/** The longest period the accountability measures cover, in years. */
export const MEASURES_MAX_YEARS = 3;

/** The last day a period starting on `from` may end (`from` plus MEASURES_MAX_YEARS calendar years). */
export function measuresPeriodLimit(from: string): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + MEASURES_MAX_YEARS, month - 1, day)).toISOString().slice(0, 10);
}

const periodDay = z.iso.date('must be a real date such as 2027-03-31');

/** Both days or neither (the last 90 days); `to` is on or after `from`, at most three years later. */
export const accountabilityQuerySchema = z
  .strictObject({ from: periodDay.optional(), to: periodDay.optional() })
  .superRefine((query, ctx) => {
    if (!query.from !== !query.to) {
      ctx.addIssue({ code: 'custom', path: [query.from ? 'to' : 'from'], message: 'is required when the other end of the period is given' });
      return;
    }
    // Zod runs this check even when a day failed above: compare only two real days.
    if (!query.from || !query.to || !periodDay.safeParse(query.from).success || !periodDay.safeParse(query.to).success) return;
    if (query.to < query.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after the first day of the period' });
    else if (query.to > measuresPeriodLimit(query.from)) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${MEASURES_MAX_YEARS} years after the first day` });
  });
export type AccountabilityQuery = z.infer<typeof accountabilityQuerySchema>;
