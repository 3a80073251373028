import { DomainError } from '@cabinet/api/core';
import type { BoardRelation } from '@cabinet/shared/contracts';

/** Which side ends the partnership: the host removes a partner, or the partner leaves. */
export type PartnershipEnder = 'host' | 'partner';

/**
 * Whether the asking organisation (a manager of the board, host or partner) may end the named
 * organisation's partnership. The host's managers may end any partner's; a partner's managers only
 * their own (leaving): partners run the board as equals with the host, not over each other. Nobody
 * removes the host, whose board it is. Whether the named organisation is a partner at all is for
 * the caller to check, under a lock.
 */
export function whoMayEnd(asker: { organizationId: string; relation: BoardRelation }, hostId: string, organizationId: string): PartnershipEnder {
  if (organizationId === hostId) throw DomainError.invalid('organizationId', 'is the board’s host: the host’s board cannot be taken away from it');
  if (asker.relation === 'host') return 'host';
  if (organizationId !== asker.organizationId) {
    throw new DomainError('Only the host’s managers can end another organisation’s partnership. You can end your own organisation’s partnership.', undefined, 403);
  }
  return 'partner';
}
