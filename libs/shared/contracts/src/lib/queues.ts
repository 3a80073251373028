/**
 * Every BullMQ queue Cabinet uses, with the payload of each job beside it.
 * Payloads carry ids only: personal data stays in the database, where access is controlled.
 */
export enum QueueName {
  Email = 'email',
}

/** An email to send: the outbox row holds the recipient and content; the job only points at it. */
export interface EmailJobPayload {
  outboxId: string;
}

export interface JobPayloads {
  [QueueName.Email]: EmailJobPayload;
}

/** Outbox message kinds, each delivered through one queue. */
export const OUTBOX_KIND_QUEUE = {
  email: QueueName.Email,
} as const satisfies Record<string, QueueName>;

export type OutboxKind = keyof typeof OUTBOX_KIND_QUEUE;
