import { z } from 'zod';

/** draft → circulated (members comment) → approved (by the chair or a motion) → published (public version). */
export const MINUTES_STATUSES = ['draft', 'circulated', 'approved', 'published'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const MINUTES_APPROVERS = ['chair', 'motion'] as const;
export type MinutesApprover = (typeof MINUTES_APPROVERS)[number];

export const MINUTES_BODY_MAX = 50_000;
export const MINUTES_SUMMARY_MAX = 1500;
export const MINUTES_COMMENT_MAX = 2000;
export const MINUTES_SENT_NOTE_MAX = 500;
/** Far beyond any real number of saves, and within the database's integer. */
export const MINUTES_VERSION_MAX = 1_000_000;
/** Comments on the minutes as a whole, rather than on one of its sections. */
export const MINUTES_GENERAL_SECTION = '_general';

/** One `## ` section of the minutes: what comments and private (left out of the public version) refer to. */
export interface MinutesSection {
  slug: string;
  title: string;
}

export interface MinutesCommentView {
  id: string;
  section: string;
  /**
   * The commenting member's display name on the board (never their legal name); null for a member
   * listed by role only, except to organisers and to themselves.
   */
  author: string | null;
  mine: boolean;
  body: string;
  createdAt: string;
}

/** Minutes as members and organisers see them; the `can*` flags say what the viewer may do now. */
export interface MinutesView {
  id: string;
  meetingId: string;
  boardId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  timeZone: string;
  status: MinutesStatus;
  body: string;
  summary: string | null;
  privateSections: string[];
  sections: MinutesSection[];
  version: number;
  commentUntil: string | null;
  /** How many days members have to comment once the minutes are circulated (the board's setting). */
  commentDays: number;
  approvedAt: string | null;
  approvedBy: MinutesApprover | null;
  publishedAt: string | null;
  sentToGoverningBodyAt: string | null;
  sentToGoverningBodyNote: string | null;
  updatedAt: string;
  comments: MinutesCommentView[];
  /** The board's public web address when the published minutes are on its public page. */
  publicSlug: string | null;
  canEdit: boolean;
  canCirculate: boolean;
  /** The chair may approve now (where the board lets the chair approve minutes). */
  canApprove: boolean;
  /** For organisers of circulated minutes: motions carried at a later meeting that can approve them. */
  approvalMotions: MinutesApprovalMotion[];
  canPublish: boolean;
  canRecordSent: boolean;
  canComment: boolean;
}

export interface MinutesApprovalMotion {
  id: string;
  text: string;
  meetingTitle: string;
  meetingStartsAt: string;
}

export interface MinutesVersionView {
  version: number;
  status: MinutesStatus;
  savedAt: string;
}

export interface MinutesDiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

/** What changed in the text between two saved versions, line by line, and as a unified patch. */
export interface MinutesDiff {
  from: number;
  to: number;
  lines: MinutesDiffLine[];
  patch: string;
}

/** Published minutes as anyone sees them on a public board page: the summary, without private sections. */
export interface PublicMinutesSummary {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  timeZone: string;
  publishedAt: string;
  summary: string;
}

export interface PublicMinutesView extends PublicMinutesSummary {
  boardName: string;
  boardSlug: string;
  body: string;
  /** Some sections were left out of this public version. */
  redacted: boolean;
}

const slugPattern = /^(_general|[a-z0-9]+(-[a-z0-9]+)*)$/;
const sectionSlug = z.string().max(120, 'is too long').regex(slugPattern, 'must be a section of the minutes');
const summary = z.string().trim().max(MINUTES_SUMMARY_MAX, `must be at most ${MINUTES_SUMMARY_MAX} characters`);
const privateSections = z.array(sectionSlug).max(200, 'has too many sections');

/** Saving the draft: only what changes. `version` is the one the editor started from (a newer one is a conflict). */
export const saveMinutesSchema = z.strictObject({
  body: z.string().max(MINUTES_BODY_MAX, `must be at most ${MINUTES_BODY_MAX} characters`).optional(),
  summary: summary.nullable().optional(),
  privateSections: privateSections.optional(),
  version: z.number().int().min(1).optional(),
});
export type SaveMinutesInput = z.infer<typeof saveMinutesSchema>;

export const commentOnMinutesSchema = z.strictObject({
  section: sectionSlug,
  body: z.string().trim().min(1, 'is required').max(MINUTES_COMMENT_MAX, `must be at most ${MINUTES_COMMENT_MAX} characters`),
});
export type CommentOnMinutesInput = z.infer<typeof commentOnMinutesSchema>;

export const approveMinutesSchema = z
  .strictObject({
    by: z.enum(MINUTES_APPROVERS, { error: 'must say who approves: chair or motion' }),
    motionId: z.uuid('must be a motion').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.by === 'motion' && !value.motionId) ctx.addIssue({ code: 'custom', path: ['motionId'], message: 'is required: which motion approved the minutes?' });
  });
export type ApproveMinutesInput = z.infer<typeof approveMinutesSchema>;

/** Publishing may add the plain-language summary and choose the private sections: the public version is made then. */
export const publishMinutesSchema = z.strictObject({
  summary: summary.optional(),
  privateSections: privateSections.optional(),
});
export type PublishMinutesInput = z.infer<typeof publishMinutesSchema>;

export const recordMinutesSentSchema = z.strictObject({
  sentOn: z.iso.date('must be a date such as 2027-03-14'),
  note: z.string().trim().max(MINUTES_SENT_NOTE_MAX, `must be at most ${MINUTES_SENT_NOTE_MAX} characters`).nullable().default(null),
});
export type RecordMinutesSentInput = z.infer<typeof recordMinutesSentSchema>;

/** Two versions to compare; without them, the latest version against the one before it. */
const versionNumber = z.coerce.number().int('must be a version number').min(1, 'must be a version number').max(MINUTES_VERSION_MAX, 'is not a version of these minutes');
export const minutesDiffQuerySchema = z.strictObject({
  from: versionNumber.optional(),
  to: versionNumber.optional(),
});
export type MinutesDiffQuery = z.infer<typeof minutesDiffQuerySchema>;
