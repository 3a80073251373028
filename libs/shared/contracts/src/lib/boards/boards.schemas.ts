import { z } from 'zod';
import { BOARD_ROLES, COMPOSITION_TAGS, END_REASONS, ONBOARDING_KINDS, QUORUM_KINDS, SEAT_KINDS, VOTE_THRESHOLDS } from './boards';

const name = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const email = z.string().trim().toLowerCase().max(254, 'is too long').email('must be an email address such as name@example.org');
const phone = z.string().trim().regex(/^\+?[0-9 ()./-]{6,30}$/, 'must be a phone number such as +1 555 123 4567');
/** A calendar date; terms are kept in whole days, in the board's own calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2027-01-31')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date');
/** A board's web address: 3 to 60 lowercase letters, digits or dashes, not starting or ending with a dash. */
export const BOARD_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$/;
const slug = z.string().trim().toLowerCase().regex(BOARD_SLUG_PATTERN, 'must be 3 to 60 lowercase letters, digits or dashes');
const count = (min: number, max: number) => z.number({ error: 'must be a number' }).int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

export const boardSettingsSchema = z.strictObject({
  name: name(120),
  purpose: optionalText(4000),
  slug,
  publicPages: z.boolean({ error: 'must be true or false' }),
  acceptsApplications: z.boolean({ error: 'must be true or false' }),
  quorumKind: z.enum(QUORUM_KINDS, { error: 'must be majority or fixed' }),
  quorumCount: count(1, 500).nullable(),
  termMonths: count(1, 120),
  termLimit: count(1, 20).nullable(),
  standingAbsences: count(1, 50).nullable(),
  standingMonths: count(1, 36).nullable(),
  voteThreshold: z.enum(VOTE_THRESHOLDS, { error: 'must be simple_majority or two_thirds' }),
  onboardingGatesVoting: z.boolean({ error: 'must be true or false' }),
});

/** A new board: a name and purpose; everything else starts from common defaults and can be changed. */
export const createBoardSchema = boardSettingsSchema.partial().required({ name: true });
export type CreateBoardInput = z.infer<typeof createBoardSchema>;

/** Settings that depend on each other (a fixed quorum needs its number) are checked on the merged result. */
export const updateBoardSchema = boardSettingsSchema.partial();
export type UpdateBoardInput = z.infer<typeof updateBoardSchema>;

export const seatTypeSchema = z.strictObject({
  name: name(80),
  kind: z.enum(SEAT_KINDS, { error: 'is not a seat kind Cabinet knows' }),
  voting: z.boolean({ error: 'must be true or false' }),
  seatCount: count(1, 500).nullable().default(null),
});
export type SeatTypeInput = z.infer<typeof seatTypeSchema>;
export const updateSeatTypeSchema = seatTypeSchema.partial();
export type UpdateSeatTypeInput = z.infer<typeof updateSeatTypeSchema>;

export const compositionTargetSchema = z
  .strictObject({
    label: name(80),
    seatTypeId: z.uuid('must be one of the board\'s seat types').nullable().default(null),
    tag: z.enum(COMPOSITION_TAGS, { error: 'is not an attribute Cabinet counts' }).nullable().default(null),
    minPercent: count(1, 100),
  })
  .refine((target) => (target.seatTypeId === null) !== (target.tag === null), { path: ['seatTypeId'], message: 'choose either a seat type or an attribute' });
export const compositionTargetsSchema = z.strictObject({ targets: z.array(compositionTargetSchema).max(10, 'a board can have at most 10 targets') });
export type CompositionTargetsInput = z.infer<typeof compositionTargetsSchema>;

export const onboardingStepSchema = z.strictObject({
  name: name(120),
  kind: z.enum(ONBOARDING_KINDS, { error: 'is not a step kind Cabinet knows' }),
  required: z.boolean({ error: 'must be true or false' }).default(true),
});
export type OnboardingStepInput = z.infer<typeof onboardingStepSchema>;

const person = {
  displayName: name(80),
  legalName: optionalText(160).nullable().default(null),
  email: email.nullable().default(null),
  phone: phone.nullable().default(null),
};

/**
 * Someone added by a manager: a person of the organisation (userId) or someone without an account yet.
 * nominated waits in the review queue; guest and active are seated at once.
 */
export const addBoardMemberSchema = z
  .strictObject({
    userId: z.uuid('must be a member of your organisation').nullable().default(null),
    displayName: name(80).optional(),
    legalName: person.legalName,
    email: person.email,
    phone: person.phone,
    seatTypeId: z.uuid('must be one of the board\'s seat types'),
    status: z.enum(['nominated', 'guest', 'active'], { error: 'must be nominated, guest or active' }),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    boardRole: z.enum(BOARD_ROLES, { error: 'is not a board role' }).nullable().default(null),
  })
  .refine((input) => input.userId !== null || !!input.displayName, { path: ['displayName'], message: 'is required for someone without an account' });
export type AddBoardMemberInput = z.infer<typeof addBoardMemberSchema>;

export const updateBoardMemberSchema = z.strictObject({
  displayName: name(80).optional(),
  legalName: optionalText(160).nullable().optional(),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  seatTypeId: z.uuid('must be one of the board\'s seat types').optional(),
  boardRole: z.enum(BOARD_ROLES, { error: 'is not a board role' }).nullable().optional(),
  listedByRoleOnly: z.boolean({ error: 'must be true or false' }).optional(),
  userId: z.uuid('must be a member of your organisation').nullable().optional(),
});
export type UpdateBoardMemberInput = z.infer<typeof updateBoardMemberSchema>;

/** What a member may change about themselves: how they appear, never their seat or status. */
export const updateMyMembershipSchema = updateBoardMemberSchema.pick({ displayName: true, listedByRoleOnly: true });
export type UpdateMyMembershipInput = z.infer<typeof updateMyMembershipSchema>;

export const transitionMemberSchema = z.strictObject({
  to: z.enum(['guest', 'active', 'on_leave', 'ended'], { error: 'must be guest, active, on_leave or ended' }),
  /** Start of the term, when becoming active from guest or from the queue (default: today). */
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  /** The last day on the board, when ending (default: today). */
  endedOn: isoDate.optional(),
  reason: z.enum(END_REASONS, { error: 'must be term_expired, resigned, removed or declined' }).optional(),
  note: optionalText(500).optional(),
});
export type TransitionMemberInput = z.infer<typeof transitionMemberSchema>;

export const renewTermSchema = z.strictObject({ startsOn: isoDate.optional(), endsOn: isoDate.optional() });
export type RenewTermInput = z.infer<typeof renewTermSchema>;

export const conflictDeclarationSchema = z.strictObject({ text: name(4000) });
export type ConflictDeclarationInput = z.infer<typeof conflictDeclarationSchema>;

export const tagConsentSchema = z.strictObject({
  tag: z.enum(COMPOSITION_TAGS, { error: 'is not an attribute Cabinet counts' }),
  /** The person agrees that the board counts this about them; required, and revocable at any time. */
  consent: z.literal(true, { error: 'must be given: the attribute is only kept with consent' }),
});
export type TagConsentInput = z.infer<typeof tagConsentSchema>;

export const partnerInvitationSchema = z.strictObject({ email: email.nullable().default(null) });
export type PartnerInvitationInput = z.infer<typeof partnerInvitationSchema>;

export const acceptPartnershipSchema = z.strictObject({ token: z.string().trim().min(20, 'is not a valid link').max(200, 'is not a valid link') });
export type AcceptPartnershipInput = z.infer<typeof acceptPartnershipSchema>;

/**
 * The public join form: no account, so only what a manager needs to get back in touch. The
 * "website" field is a honeypot that people never see; anything in it marks the post as automated.
 */
export const publicApplicationSchema = z
  .strictObject({
    displayName: name(80),
    email: email.nullable().default(null),
    phone: phone.nullable().default(null),
    seatTypeId: z.uuid('must be one of the board\'s seat types').nullable().default(null),
    about: optionalText(2000).default(''),
    consent: z.literal(true, { error: 'must be given so the board can keep your application' }),
    website: z.string().max(200).default(''),
  })
  .refine((input) => input.email !== null || input.phone !== null, { path: ['email'], message: 'give an email address or a phone number so the board can reach you' });
export type PublicApplicationInput = z.infer<typeof publicApplicationSchema>;
