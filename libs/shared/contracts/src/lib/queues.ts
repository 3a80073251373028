/**
 * Every BullMQ queue Cabinet uses, with the payload of each job beside it.
 * Payloads carry ids only: personal data stays in the database, where access is controlled.
 */
export enum QueueName {
  Email = 'email',
  /** The boards domain's scheduled sweeps (term-ending notices), run daily and at worker start. */
  BoardSchedules = 'board-schedules',
  /**
   * Meeting reminders: the outbox's "plan" jobs (a meeting was scheduled, moved or cancelled) and
   * the delayed "send" jobs they add, one per reminder still ahead.
   */
  MeetingReminders = 'meeting-reminders',
  /** The recommendations domain's daily sweep: reminders, escalations and agenda proposals for late answers and milestones. */
  RecommendationSchedules = 'recommendation-schedules',
  /**
   * Compliance evaluations: the outbox's "review" jobs (something a board's packs measure changed)
   * and the nightly sweep that evaluates every board held to a pack.
   */
  Compliance = 'compliance',
}

/** An email to send: the outbox row holds the recipient and content; the job only points at it. */
export interface EmailJobPayload {
  outboxId: string;
}

/** Which sweep to run; the job's name says the same. A sweep reads what is due from the database. */
export interface BoardScheduleJobPayload {
  sweep: 'term-notices';
}

/** The recommendations domain's sweep; it reads what is due from the database. */
export interface RecommendationScheduleJobPayload {
  sweep: 'deadlines';
}

/** What a meeting-reminders outbox message carries: ids only; the plan re-reads the meeting. */
export interface MeetingRemindersOutboxPayload {
  meetingId: string;
  organizationId: string;
  /** Reminder days the board just stopped using: their planned jobs are removed. */
  withdrawnDays?: number[];
}

/**
 * A reminder to send when its delay ends, for the meeting as it was when planned: a meeting moved
 * or cancelled since has another sequence (or status), and the job then sends nothing.
 */
export interface MeetingReminderSendPayload {
  meetingId: string;
  organizationId: string;
  daysBefore: number;
  sequence: number;
}

/** The relay's job (name "meeting-reminders": plan) or a delayed reminder (name "send"). */
export type MeetingRemindersJobPayload = { outboxId: string } | MeetingReminderSendPayload;

/** What a compliance-review outbox message carries: the board whose standing may have changed. */
export interface ComplianceReviewOutboxPayload {
  boardId: string;
}

/** What a compliance-export outbox message carries: the export row to make (its organisation is the message's). */
export interface ComplianceExportOutboxPayload {
  exportId: string;
}

/** The relay's jobs (names "compliance-review", "compliance-export") or the nightly sweep (name "nightly"). */
export type ComplianceJobPayload = { outboxId: string } | { sweep: 'nightly' };

export interface JobPayloads {
  [QueueName.Email]: EmailJobPayload;
  [QueueName.BoardSchedules]: BoardScheduleJobPayload;
  [QueueName.MeetingReminders]: MeetingRemindersJobPayload;
  [QueueName.RecommendationSchedules]: RecommendationScheduleJobPayload;
  [QueueName.Compliance]: ComplianceJobPayload;
}

/** Outbox message kinds, each delivered through one queue. */
export const OUTBOX_KIND_QUEUE = {
  email: QueueName.Email,
  'meeting-reminders': QueueName.MeetingReminders,
  'compliance-review': QueueName.Compliance,
  'compliance-export': QueueName.Compliance,
} as const satisfies Record<string, QueueName>;

export type OutboxKind = keyof typeof OUTBOX_KIND_QUEUE;

/** The queues the outbox relay feeds. */
export type OutboxQueueName = (typeof OUTBOX_KIND_QUEUE)[OutboxKind];
