import type { EntityManager } from 'typeorm';
import { AuditEntry } from '../audit-entry.entity';
import { auditHash, GENESIS_HASH } from '../audit-hash';

export interface ChainVerification {
  valid: boolean;
  entriesChecked: number;
  /** The first entry that does not match its hash or its predecessor, when the chain is broken. */
  firstBrokenSeq: string | null;
  reason: string | null;
  headHash: string;
}

const PAGE = 1000;

/**
 * Recomputes an organisation's chain from the first entry. Streams in pages so a long history
 * does not need to fit in memory. The manager must carry that organisation's context.
 */
export async function verifyAuditChain(manager: EntityManager, organizationId: string, key: string): Promise<ChainVerification> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  for (;;) {
    const entries = await manager
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.organization_id = :organizationId AND e.seq >= :from', { organizationId, from: expectedSeq.toString() })
      .orderBy('e.seq', 'ASC')
      .limit(PAGE)
      .getMany();
    for (const entry of entries) {
      const broken = (reason: string): ChainVerification => ({ valid: false, entriesChecked: checked, firstBrokenSeq: entry.seq, reason, headHash: expectedPrev });
      if (BigInt(entry.seq) !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (entry.prevHash !== expectedPrev) return broken('it does not follow the entry before it');
      if (auditHash(key, entry) !== entry.hash) return broken('its content does not match its signature');
      expectedPrev = entry.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (entries.length < PAGE) break;
  }
  const [head] = (await manager.query('SELECT seq, hash FROM audit_chain_head WHERE organization_id = $1', [organizationId])) as Array<{ seq: string; hash: string }>;
  if (head && (head.hash !== expectedPrev || BigInt(head.seq) !== expectedSeq - 1n)) {
    return { valid: false, entriesChecked: checked, firstBrokenSeq: String(expectedSeq), reason: 'entries after this point were removed', headHash: expectedPrev };
  }
  return { valid: true, entriesChecked: checked, firstBrokenSeq: null, reason: null, headHash: expectedPrev };
}
