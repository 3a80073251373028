import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { applyDbContext } from '@cabinet/api/database';
import { isLocale, type Locale } from '@cabinet/shared/contracts';

const MANAGER_ROLES = ['admin', 'service_manager'];

/** Someone a board notice goes to, with a stable key so a retried notice gets the same email id. */
export interface BoardManagerRecipient {
  key: string;
  email: string;
  locale: Locale;
  /** The organisation whose outbox carries the email (the manager's own). */
  organizationId: string;
}

/** The active admins and service managers with a confirmed address, of the organisation in the current context. */
async function managersOf(m: EntityManager, organizationId: string): Promise<BoardManagerRecipient[]> {
  const rows = (await m.query(
    `SELECT u.id, u.email, u.locale FROM membership ms JOIN app_user u ON u.id = ms.user_id
      WHERE ms.organization_id = $1 AND ms.role = ANY($2::text[]) AND ms.disabled_at IS NULL
        AND u.erased_at IS NULL AND u.email IS NOT NULL AND u.email_verified_at IS NOT NULL
      ORDER BY u.id`,
    [organizationId, MANAGER_ROLES],
  )) as Array<{ id: string; email: string; locale: string }>;
  return rows.map((row) => ({ key: `user:${row.id}`, email: row.email, locale: isLocale(row.locale) ? row.locale : 'en', organizationId }));
}

/**
 * The managers of a board's host and of each partner organisation, each read in its own
 * organisation's context (nobody else can see them), once each. Leaves the transaction in the
 * host's context. `onPartner` runs in each partner's context, for lookups only visible there.
 */
export async function boardManagers(m: EntityManager, hostId: string, boardId: string, onPartner?: (partnerId: string) => Promise<void>): Promise<BoardManagerRecipient[]> {
  await applyDbContext(m, { organizationId: hostId });
  const partners = (await m.query(`SELECT partner_organization_id AS id FROM board_partner WHERE board_id = $1 ORDER BY partner_organization_id`, [boardId])) as Array<{ id: string }>;
  const managers = await managersOf(m, hostId);
  for (const partner of partners) {
    await applyDbContext(m, { organizationId: partner.id });
    managers.push(...(await managersOf(m, partner.id)));
    await onPartner?.(partner.id);
  }
  await applyDbContext(m, { organizationId: hostId });
  const byAddress = new Map<string, BoardManagerRecipient>();
  for (const manager of managers) if (!byAddress.has(manager.email.toLowerCase())) byAddress.set(manager.email.toLowerCase(), manager);
  return [...byAddress.values()];
}

/** A uuid derived from what an email is about and who it is for: queueing it twice writes it once. */
export function derivedEmailId(...parts: Array<string | number>): string {
  const hex = createHash('sha256').update(parts.join(':')).digest('hex');
  // Shaped as a version-8 (custom) RFC 9562 uuid.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
