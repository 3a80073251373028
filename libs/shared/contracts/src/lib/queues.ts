/**
 * Every BullMQ queue Cabinet uses, with the payload of each job beside it.
 * Payloads carry ids only: personal data stays in the database, where access is controlled.
 */
export enum QueueName {
  Email = 'email',
  /** The boards domain's scheduled sweeps (term-ending notices), run daily and at worker start. */
  BoardSchedules = 'board-schedules',
}

/** An email to send: the outbox row holds the recipient and content; the job only points at it. */
export interface EmailJobPayload {
  outboxId: string;
}

/** Which sweep to run; the job's name says the same. A sweep reads what is due from the database. */
export interface BoardScheduleJobPayload {
  sweep: 'term-notices';
}

export interface JobPayloads {
  [QueueName.Email]: EmailJobPayload;
  [QueueName.BoardSchedules]: BoardScheduleJobPayload;
}

/** Outbox message kinds, each delivered through one queue. */
export const OUTBOX_KIND_QUEUE = {
  email: QueueName.Email,
} as const satisfies Record<string, QueueName>;

export type OutboxKind = keyof typeof OUTBOX_KIND_QUEUE;

/** The queues the outbox relay feeds. */
export type OutboxQueueName = (typeof OUTBOX_KIND_QUEUE)[OutboxKind];
