import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { evaluateBoards } from '../evaluate-board/evaluate-boards';

/** Boards evaluated in one transaction: a portfolio's worth, loaded with one query per table. */
const BOARDS_PER_BATCH = 250;

export interface NightlyEvaluation {
  organizations: number;
  boards: number;
  results: number;
  /** Boards whose evaluation failed (logged by organisation id); the next run tries them again. */
  failed: number;
}

/**
 * The nightly evaluation: every board held to a pack, so results move with the calendar (a
 * quarter ends, a deadline passes) even when nothing is recorded. Finds the boards across tenants
 * through the scheduler's read-only door (ids only), then evaluates each organisation's boards in
 * that organisation's own context, in batches.
 */
@Injectable()
export class EvaluateAllBoardsUseCase {
  private readonly logger = new Logger(EvaluateAllBoardsUseCase.name);

  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(now = new Date()): Promise<NightlyEvaluation> {
    const boards = await this.db.transaction({ scheduler: true }, (m) =>
      m.query(`SELECT DISTINCT organization_id AS "organizationId", board_id AS "boardId" FROM board_compliance_pack ORDER BY 1, 2`),
    ) as Array<{ organizationId: string; boardId: string }>;
    const byOrganization = new Map<string, string[]>();
    for (const { organizationId, boardId } of boards) byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), boardId]);

    let results = 0;
    let failed = 0;
    for (const [organizationId, boardIds] of byOrganization) {
      for (let start = 0; start < boardIds.length; start += BOARDS_PER_BATCH) {
        const batch = boardIds.slice(start, start + BOARDS_PER_BATCH);
        // One organisation's failure must not leave every organisation after it unevaluated tonight.
        try {
          results += await this.db.transaction({ organizationId }, (m) => evaluateBoards(m, batch, now, { appUrl: this.config.APP_URL }));
        } catch (error) {
          failed += batch.length;
          this.logger.warn(`Nightly compliance evaluation failed for ${batch.length} board(s) of organisation ${organizationId}: ${(error as Error).name}.`);
        }
      }
    }
    return { organizations: byOrganization.size, boards: boards.length, results, failed };
  }
}
