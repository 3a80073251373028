import type { EntityManager } from 'typeorm';

/**
 * Locks an organisation's active admins, in one order (as the member routes do, so changes queue
 * instead of deadlocking), and returns their ids: two admins erasing each other, or one leaving
 * while another is demoted, cannot leave the organisation without one. Needs the organisation's context.
 */
export async function lockActiveAdmins(manager: EntityManager, organizationId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT user_id FROM membership WHERE organization_id = $1 AND role = 'admin' AND disabled_at IS NULL ORDER BY user_id FOR UPDATE`,
    [organizationId],
  )) as Array<{ user_id: string }>;
  return rows.map((row) => row.user_id);
}
