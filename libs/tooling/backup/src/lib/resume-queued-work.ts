import type { Query } from './schema-tables';

export interface ResumedWork {
  /** Outbox messages handed to the old installation's Redis but not done: handed to the relay again. */
  requeued: number;
  /** Scheduled meetings still ahead whose reminders were delayed jobs in the old Redis: planned again. */
  replanned: number;
}

/**
 * A backup holds Postgres only; queued work lived in the old Redis. After a verified restore (in
 * the same transaction, so the fingerprints checked are the backup's own), messages that were
 * queued but not done return to the relay, and every meeting still ahead gets a "plan its
 * reminders" message. Both handlers are idempotent (claims; reminders recorded once sent, job ids
 * per meeting and day), so restoring next to a Redis that kept its jobs repeats nothing.
 */
export async function resumeQueuedWork(query: Query): Promise<ResumedWork> {
  const requeued = await query<{ id: string }>(`UPDATE "public"."outbox_message" SET enqueued_at = NULL, claimed_until = NULL
    WHERE processed_at IS NULL AND enqueued_at IS NOT NULL RETURNING id`);
  const replanned = await query<{ id: string }>(`INSERT INTO "public"."outbox_message" (organization_id, kind, payload)
    SELECT organization_id, 'meeting-reminders', jsonb_build_object('meetingId', id, 'organizationId', organization_id)
      FROM "public"."meeting" WHERE status = 'scheduled' AND starts_at > now() RETURNING id`);
  return { requeued: requeued.length, replanned: replanned.length };
}
