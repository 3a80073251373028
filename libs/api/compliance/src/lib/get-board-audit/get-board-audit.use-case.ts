import { Inject, Injectable } from '@nestjs/common';
import { verifyAuditChain } from '@cabinet/api/audit';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { PortfolioAuditView } from '@cabinet/shared/contracts';
import { coveredBoards } from '../get-portfolio/get-portfolio.use-case';

/** The newest entries shown: a funder reads the recent history; the chain check covers all of it. */
const ENTRIES = 200;

/**
 * The audit trail of a board a funder's accepted grant covers: the entries about the board, read
 * through the grant's own read-only door (ids and actions, never names), newest first, from every
 * organisation that runs the board. Each of those organisations' chains is verified in its own
 * context and only the verdict and head hash come back: a funder cannot read the rest of an
 * organisation's trail, but it can know the trail still holds together.
 */
@Injectable()
export class GetBoardAuditUseCase {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(auth: InOrganization, boardId: string): Promise<PortfolioAuditView> {
    const found = await this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      if ((await coveredBoards(m, auth.organizationId, boardId)).length === 0) return null;
      const entries = (await m.query(
        `SELECT e.organization_id AS "organizationId", e.seq::text AS seq, e.occurred_at AS "occurredAt", e.action, e.entity_type AS "entityType"
           FROM audit_entry e WHERE app_audit_board(e.entity_type, e.entity_id, e.details) = $1 ORDER BY e.occurred_at DESC, e.seq DESC LIMIT ${ENTRIES}`,
        [boardId],
      )) as Array<{ organizationId: string; seq: string; occurredAt: Date; action: string; entityType: string | null }>;
      return { entries };
    });
    if (!found) throw DomainError.notFound('This board');
    const organizationIds = [...new Set(found.entries.map((entry) => entry.organizationId))];
    const chains: Array<PortfolioAuditView['chains'][number] & { organizationId: string }> = [];
    for (const organizationId of organizationIds) {
      chains.push(
        await this.db.transaction({ organizationId }, async (m) => {
          const [organization] = (await m.query(`SELECT name FROM organization WHERE id = $1`, [organizationId])) as Array<{ name: string }>;
          const verdict = await verifyAuditChain(m, organizationId, this.config.AUDIT_HMAC_KEY);
          return { organizationId, organizationName: organization?.name ?? '', valid: verdict.valid, entriesChecked: verdict.entriesChecked, headHash: verdict.headHash };
        }),
      );
    }
    const nameOf = (id: string) => chains.find((chain) => chain.organizationId === id)?.organizationName ?? '';
    return {
      boardId,
      entries: found.entries.map((entry) => ({ organizationName: nameOf(entry.organizationId), seq: entry.seq, occurredAt: entry.occurredAt.toISOString(), action: entry.action, entityType: entry.entityType })),
      chains: chains.map(({ organizationId: _id, ...chain }) => chain),
    };
  }
}
