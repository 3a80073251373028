import type { EntityManager } from 'typeorm';
import type { ComplianceReviewOutboxPayload } from '@cabinet/shared/contracts';
import { writeOutboxMessage } from './write-outbox-message';

/**
 * Asks the worker to re-evaluate a board against its compliance packs, because something they
 * measure just changed (a meeting held, minutes published, a member joined or left, an answer
 * recorded). Written in the caller's transaction, so the review happens if and only if the change
 * commits, and survives Redis being down. Evaluating is idempotent: several requests for one
 * board cost a few queries each and change nothing twice.
 */
export async function requestComplianceReview(m: EntityManager, organizationId: string, boardId: string): Promise<void> {
  const payload: ComplianceReviewOutboxPayload = { boardId };
  await writeOutboxMessage(m, { kind: 'compliance-review', organizationId, payload: { ...payload } });
}
