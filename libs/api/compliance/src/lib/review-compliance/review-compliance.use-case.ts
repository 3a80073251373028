import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { OutboxClaims } from '@cabinet/api/outbox';
import type { ComplianceReviewOutboxPayload } from '@cabinet/shared/contracts';
import { evaluateBoards } from '../evaluate-board/evaluate-boards';

/** Long enough to evaluate one board; a crashed attempt's claim expires after it. */
const CLAIM_LEASE_MS = 60_000;

export type ReviewOutcome = { state: 'evaluated'; results: number } | { state: 'already-evaluated' } | { state: 'missing' };

/**
 * Re-evaluates one board after a change its packs measure (a "compliance-review" outbox message),
 * in the board's organisation. Evaluating twice stores the same verdicts, so a retry is harmless;
 * the claim only keeps two workers from doing the same message at once.
 */
@Injectable()
export class ReviewComplianceUseCase {
  constructor(
    private readonly db: Db,
    private readonly claims: OutboxClaims,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(outboxId: string, now = new Date()): Promise<ReviewOutcome> {
    const claim = await this.claims.claim(outboxId, CLAIM_LEASE_MS);
    if (claim.state === 'missing') return { state: 'missing' };
    if (claim.state === 'already-processed') return { state: 'already-evaluated' };
    try {
      const { boardId } = claim.message.payload as unknown as ComplianceReviewOutboxPayload;
      const organizationId = claim.message.organizationId;
      const results = organizationId ? await this.evaluate(organizationId, boardId, now) : 0;
      await this.claims.complete(outboxId);
      return { state: 'evaluated', results };
    } catch (error) {
      await this.claims.release(outboxId, error);
      throw error;
    }
  }

  /** Evaluates one board now, stores its verdicts and warns its managers of a rule at risk; returns how many verdicts. */
  evaluate(organizationId: string, boardId: string, now = new Date()): Promise<number> {
    return this.db.transaction({ organizationId }, (m) => evaluateBoards(m, [boardId], now, { appUrl: this.config.APP_URL }));
  }
}
