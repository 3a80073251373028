import { createHmac } from 'node:crypto';

/** The hash before an organisation's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  organizationId: string;
  seq: string;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  requestId: string | null;
  details: Record<string, string | number | boolean | null>;
  prevHash: string;
}

/** Keys sorted so the same details always hash the same, whatever order they were written in. */
function canonicalDetails(details: HashedFields['details']): string {
  return JSON.stringify(Object.fromEntries(Object.entries(details).sort(([a], [b]) => a.localeCompare(b))));
}

export function auditHash(key: string, entry: HashedFields): string {
  const fields = [
    entry.organizationId,
    entry.seq,
    entry.occurredAt.toISOString(),
    entry.actorUserId ?? '',
    entry.action,
    entry.entityType ?? '',
    entry.entityId ?? '',
    entry.requestId ?? '',
    canonicalDetails(entry.details),
    entry.prevHash,
  ];
  return createHmac('sha256', key).update(fields.join('\u001f')).digest('hex');
}
