import type { EvidenceFileView } from './evidence-files';

/**
 * A recommendation's life: drafted by the board's organisers, adopted by a carried motion, sent to
 * the organisation it is addressed to, answered by that organisation's liaisons (or asked for more
 * information, which pauses the clock), carried out through milestones and progress updates,
 * reported implemented, and reviewed by the board: satisfied closes it, not satisfied reopens it
 * for a new answer.
 */
export const RECOMMENDATION_STATUSES = ['draft', 'adopted', 'sent', 'info_requested', 'responded', 'in_progress', 'reported', 'closed', 'reopened'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Where a recommendation came from: a member's or the community's input, an agenda item, or the board directly. */
export const RECOMMENDATION_SOURCES = ['input', 'agenda_item', 'direct'] as const;
export type RecommendationSource = (typeof RECOMMENDATION_SOURCES)[number];

/** The agency's answer in one round; info_needed asks the board a question and pauses the clock. */
export const RESPONSE_DECISIONS = ['accepted', 'partly_accepted', 'declined', 'info_needed'] as const;
export type ResponseDecision = (typeof RESPONSE_DECISIONS)[number];

/** Every step the timeline shows, one per change of state or plan. */
export const RECOMMENDATION_EVENT_KINDS = [
  'drafted',
  'adopted',
  'sent',
  'responded',
  'info_requested',
  'info_answered',
  'milestone_added',
  'milestone_done',
  'progress_reported',
  'reported_implemented',
  'review_satisfied',
  'review_not_satisfied',
  // Cabinet's own steps (no actor): a reminder to the liaisons, an escalation to the agency's
  // managers, an overdue answer or milestone proposed for the board's next meeting.
  'reminded',
  'escalated',
  'proposed_for_agenda',
] as const;
export type RecommendationEventKind = (typeof RECOMMENDATION_EVENT_KINDS)[number];

/**
 * What the accountability sweep sends about an answer awaited or an open milestone: a reminder
 * 7 days before the due day, one on (or after) it, an escalation to the agency's managers 7 days
 * after it, and a proposal for the board's next meeting once it is overdue.
 */
export const RECOMMENDATION_NOTICE_KINDS = [
  'response_due_soon',
  'response_due',
  'response_escalated',
  'response_agenda',
  'milestone_due_soon',
  'milestone_due',
  'milestone_escalated',
  'milestone_agenda',
] as const;
export type RecommendationNoticeKind = (typeof RECOMMENDATION_NOTICE_KINDS)[number];

/** Who acted, as a role (never a legal name): the board's officers and managers, or the agency's liaison. */
export const RECOMMENDATION_ACTOR_ROLES = ['chair', 'co_chair', 'secretary', 'board_manager', 'liaison', 'agency_manager'] as const;
export type RecommendationActorRole = (typeof RECOMMENDATION_ACTOR_ROLES)[number];

export interface RecommendationEventView {
  kind: RecommendationEventKind;
  at: string;
  actorRole: RecommendationActorRole | null;
  /** The motion, response, milestone, review or input the step refers to. */
  refId: string | null;
}

export interface RecommendationResponseView {
  id: string;
  round: number;
  decision: ResponseDecision;
  reasons: string | null;
  respondedAt: string;
  /** The board's answer to an info_needed question, once given. */
  boardAnswer: string | null;
  answeredAt: string | null;
}

export interface MilestoneView {
  id: string;
  title: string;
  owner: string;
  dueOn: string;
  doneAt: string | null;
  position: number;
  overdue: boolean;
}

export interface ProgressUpdateView {
  id: string;
  milestoneId: string | null;
  text: string;
  link: string | null;
  percentComplete: number;
  createdAt: string;
  /** Evidence files attached to the update (at most EVIDENCE_MAX_FILES), oldest first. */
  files: EvidenceFileView[];
}

export interface RecommendationReviewView {
  id: string;
  meetingId: string;
  satisfied: boolean;
  reasons: string | null;
  motionId: string | null;
  recordedAt: string;
}

export interface RecommendationSummary {
  id: string;
  boardId: string;
  title: string;
  status: RecommendationStatus;
  source: RecommendationSource;
  addressedOrganizationId: string | null;
  sentAt: string | null;
  /** The day the agency's answer is due (pauses for questions move it later). */
  responseDueOn: string | null;
  /** Whether the agency's answer is awaited now (sent or reopened, not paused). */
  awaitingResponse: boolean;
  overdue: boolean;
  /** Days until the answer is due (negative when overdue); null when no answer is awaited. */
  dueInDays: number | null;
  percentComplete: number | null;
  updatedAt: string;
}

export interface RecommendationDetail extends RecommendationSummary {
  body: string;
  sourceInputId: string | null;
  /** The day the input it was drafted from arrived (kept to the day, as for the input itself); null otherwise. */
  sourceInputReceivedOn: string | null;
  sourceAgendaItemId: string | null;
  adoptedMotionId: string | null;
  addressedOrganizationName: string | null;
  liaisonUserIds: string[];
  pausedAt: string | null;
  pausedDays: number;
  responses: RecommendationResponseView[];
  milestones: MilestoneView[];
  progress: ProgressUpdateView[];
  reviews: RecommendationReviewView[];
  timeline: RecommendationEventView[];
  /** When it went on the board's public "you said, we did" page; null when it is not there. */
  publishedAt: string | null;
  /** What the person asking may do now (`publish`: put it on, or take it off, the public page). */
  can: { edit: boolean; adopt: boolean; send: boolean; respond: boolean; answerInfo: boolean; plan: boolean; report: boolean; review: boolean; publish: boolean };
}

export interface BoardRecommendationsView {
  /** Counts per status (only statuses the person may see). */
  counts: Partial<Record<RecommendationStatus, number>>;
  recommendations: RecommendationSummary[];
}

export interface LiaisonInboxItem extends RecommendationSummary {
  boardName: string;
}

export interface RecommendationSettingsView {
  responseDays: number;
  canChange: boolean;
}

/** Someone of an organisation who may be named to answer a recommendation for it. */
export interface LiaisonOption {
  userId: string;
  displayName: string;
  role: 'agency_liaison' | 'service_manager' | 'admin';
}

/** A share kept as a count: `numerator` of `denominator` (never a bare percentage). */
export interface MeasureShare {
  numerator: number;
  denominator: number;
}

/** How the board's input was acknowledged; see computeAccountabilityMeasures for the definitions. */
export interface InputMeasures {
  /** The board's days to acknowledge input (its setting now). */
  ackDays: number;
  received: number;
  acknowledged: number;
  medianDaysToAcknowledge: number | null;
  /** Null when there is nothing to count yet. */
  acknowledgedOnTime: MeasureShare | null;
}

/** How the agency answered the board's recommendations; see computeAccountabilityMeasures. */
export interface RecommendationMeasures {
  sent: number;
  medianDaysToAnswer: number | null;
  answeredOnTime: MeasureShare | null;
  implemented: MeasureShare | null;
  satisfied: MeasureShare | null;
}

/** Accountability measures of one board over a period of calendar days (UTC), as of one day. */
export interface AccountabilityMeasures {
  from: string;
  to: string;
  /** What had not happened by this day counts as not done (yet). */
  asOf: string;
  input: InputMeasures;
  recommendations: RecommendationMeasures;
}

export interface AccountabilityMeasuresView extends AccountabilityMeasures {
  boardId: string;
}
