import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@cabinet/api/core';
import { AuditChainHead } from '../audit-chain-head.entity';
import { AuditEntry } from '../audit-entry.entity';
import { auditHash, GENESIS_HASH } from '../audit-hash';

export interface AuditEvent {
  organizationId: string;
  actorUserId: string | null;
  requestId?: string | null;
  /** "<subject>.<past tense>", e.g. "member.invited", "auth.sign_in_failed". */
  action: string;
  entityType?: string;
  entityId?: string;
  /** Small facts that explain the entry (a role, a count): never names, addresses or health data. */
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Appends to an organisation's audit chain inside the caller's transaction, so the entry exists
 * exactly when the change it describes does. The manager must carry that organisation's context.
 */
@Injectable()
export class AuditTrail {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    // Lock the chain head (creating it on first use) so concurrent appends queue up instead of forking the chain.
    await manager.query(
      `INSERT INTO audit_chain_head (organization_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (organization_id) DO NOTHING`,
      [event.organizationId, GENESIS_HASH],
    );
    const [head] = (await manager.query(`SELECT seq, hash FROM audit_chain_head WHERE organization_id = $1 FOR UPDATE`, [event.organizationId])) as Array<{
      seq: string;
      hash: string;
    }>;
    if (!head) throw new Error('The audit chain head is not visible: record audit entries inside the organisation\'s context.');

    const entry = manager.create(AuditEntry, {
      organizationId: event.organizationId,
      seq: String(BigInt(head.seq) + 1n),
      // Millisecond precision, so the timestamp reads back exactly as it was hashed.
      occurredAt: new Date(Math.floor(Date.now())),
      actorUserId: event.actorUserId,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      requestId: event.requestId ?? null,
      details: event.details ?? {},
      prevHash: head.hash,
    });
    entry.hash = auditHash(this.config.AUDIT_HMAC_KEY, entry);
    await manager.insert(AuditEntry, entry);
    await manager.update(AuditChainHead, { organizationId: event.organizationId }, { seq: entry.seq, hash: entry.hash });
  }
}
