import type { EntityManager } from 'typeorm';
import { applyDbContext } from '@cabinet/api/database';
import type { AuditTrail } from '@cabinet/api/audit';
import { boardManagers, derivedEmailId } from '@cabinet/api/boards';
import { webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import type { PeerInputChannel } from '@cabinet/shared/contracts';

export interface ReceivedInput {
  id: string;
  organizationId: string;
  boardId: string;
  boardName: string;
  channel: PeerInputChannel;
  /** The signed-in author of named input; null for anonymous input. */
  authorUserId: string | null;
}

/**
 * Records that input arrived and tells the board's managers, once per input, in the caller's
 * transaction. For anonymous input the audit entry names neither who sent it nor which input it
 * is: its exact time would otherwise tie the input to a moment someone was active.
 * Leaves the transaction in the host's context.
 */
export async function inputReceived(m: EntityManager, audit: AuditTrail, appUrl: string, input: ReceivedInput): Promise<void> {
  const managers = await boardManagers(m, input.organizationId, input.boardId);
  const named = input.authorUserId !== null;
  await audit.record(m, {
    organizationId: input.organizationId,
    actorUserId: input.authorUserId,
    action: 'peer_input.received',
    entityType: 'peer_input',
    ...(named ? { entityId: input.id } : {}),
    details: { boardId: input.boardId, channel: input.channel },
  });
  // What arrived and from whom stays in the app, behind sign-in.
  const url = webLink(appUrl, `/boards/${input.boardId}/input`);
  for (const manager of managers) {
    await applyDbContext(m, { organizationId: manager.organizationId });
    await queueEmail(m, { id: derivedEmailId('peer-input', input.id, manager.key), to: manager.email, template: 'peer-input-received', locale: manager.locale, organizationId: manager.organizationId, data: { boardName: input.boardName, url } });
  }
  await applyDbContext(m, { organizationId: input.organizationId });
}
