import type { EntityManager } from 'typeorm';
import type { AuditTrail } from '@cabinet/api/audit';
import type { InOrganization } from '@cabinet/api/identity';

/**
 * Records a board change in the acting organisation's audit chain (a partner's manager acts in
 * the partner's chain). Ids and small facts only: the audit trail never holds names.
 */
export function auditBoard(
  audit: AuditTrail,
  m: EntityManager,
  auth: InOrganization,
  action: string,
  entity: { type: string; id: string },
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  return audit.record(m, {
    organizationId: auth.organizationId,
    actorUserId: auth.userId,
    requestId: auth.requestId,
    action,
    entityType: entity.type,
    entityId: entity.id,
    details,
  });
}
