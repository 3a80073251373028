import { type EntityManager, In, IsNull } from 'typeorm';
import { Board, BoardPartner, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, type DbContext } from '@cabinet/api/database';
import { AppUser, type InOrganization, Membership } from '@cabinet/api/identity';
import { isLocale, type LiaisonOption, type Locale, type OrganizationRole } from '@cabinet/shared/contracts';

/** Who may answer a recommendation for an organisation. */
export const LIAISON_ROLES: readonly OrganizationRole[] = ['agency_liaison', 'service_manager', 'admin'];

export interface AgencyPerson {
  userId: string;
  email: string | null;
  locale: Locale;
}

/** The agency's managers: an escalation goes to them when the named liaisons let a due day pass. */
const MANAGER_ROLES: readonly OrganizationRole[] = ['service_manager', 'admin'];

/**
 * Runs `read` inside another organisation's context (its memberships and accounts are visible
 * only there), then returns the transaction to `back`, whatever happens.
 */
async function readInside<T>(m: EntityManager, organizationId: string, userId: string | null, back: DbContext, read: () => Promise<T>): Promise<T> {
  await applyDbContext(m, { organizationId, userId });
  try {
    return await read();
  } finally {
    await applyDbContext(m, back);
  }
}

/** A recommendation goes to the board's host or one of its partners; anything else is refused on the field. */
export async function assertAddressable(m: EntityManager, board: Board, organizationId: string): Promise<void> {
  if (organizationId === board.organizationId) return;
  if (!(await m.exists(BoardPartner, { where: { boardId: board.id, partnerOrganizationId: organizationId } }))) {
    throw DomainError.invalid('addressedOrganizationId', 'must be the board’s host or one of its partner organisations');
  }
}

/**
 * The people named as liaisons, read inside the addressed organisation: its memberships and
 * accounts are visible only there (a partner's people are not the host's to see). The
 * transaction switches to that organisation for these two reads only, and back; callers have
 * already checked the organisation co-owns the board. Only the ids asked for are read, and only
 * active people with a role that answers for the organisation count; anyone else is refused on
 * the field.
 */
export async function agencyPeople(m: EntityManager, auth: InOrganization, organizationId: string, userIds: readonly string[]): Promise<AgencyPerson[]> {
  if (!userIds.length) return [];
  return readInside(m, organizationId, auth.userId, boardDb(auth), async () => {
    const memberships = await m.find(Membership, { where: { organizationId, userId: In([...userIds]), role: In([...LIAISON_ROLES]), disabledAt: IsNull() } });
    const accounts = memberships.length ? await m.find(AppUser, { where: { id: In(memberships.map((one) => one.userId)) } }) : [];
    const people = userIds.map((userId) => {
      const account = accounts.find((one) => one.id === userId && !one.erasedAt);
      return account ? { userId, email: account.email, locale: isLocale(account.locale) ? account.locale : 'en' } : null;
    });
    if (people.some((person) => !person)) {
      throw DomainError.invalid('liaisonUserIds', 'must name people of the addressed organisation who answer for it (liaisons or managers)');
    }
    return people as AgencyPerson[];
  });
}

/**
 * Everyone who may be named to answer for the organisation (active liaisons and managers), by
 * display name, read inside that organisation as agencyPeople does. For the board's organisers,
 * after assertAddressable.
 */
export async function liaisonOptions(m: EntityManager, auth: InOrganization, organizationId: string): Promise<LiaisonOption[]> {
  return readInside(m, organizationId, auth.userId, boardDb(auth), async () => {
    const memberships = await m.find(Membership, { where: { organizationId, role: In([...LIAISON_ROLES]), disabledAt: IsNull() } });
    const accounts = memberships.length ? await m.find(AppUser, { where: { id: In(memberships.map((one) => one.userId)), erasedAt: IsNull() } }) : [];
    return accounts
      .map((account) => ({ userId: account.id, displayName: account.displayName, role: memberships.find((one) => one.userId === account.id)!.role as LiaisonOption['role'] }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
  });
}

/**
 * Who hears of a deadline, for the accountability sweep (no account acts): the named liaisons who
 * still answer for the organisation, or its managers. Active people with an email only; read
 * inside the addressed organisation, then back to `back`.
 */
export function deadlineRecipients(m: EntityManager, organizationId: string, back: DbContext, who: { liaisons: readonly string[] } | 'managers'): Promise<AgencyPerson[]> {
  const roles = who === 'managers' ? MANAGER_ROLES : LIAISON_ROLES;
  return readInside(m, organizationId, null, back, async () => {
    const memberships = await m.find(Membership, {
      where: { organizationId, role: In([...roles]), disabledAt: IsNull(), ...(who === 'managers' ? {} : { userId: In([...who.liaisons]) }) },
    });
    const accounts = memberships.length ? await m.find(AppUser, { where: { id: In(memberships.map((one) => one.userId)), erasedAt: IsNull() }, order: { id: 'ASC' } }) : [];
    return accounts.filter((account) => !!account.email).map((account) => ({ userId: account.id, email: account.email, locale: isLocale(account.locale) ? account.locale : 'en' }));
  });
}
