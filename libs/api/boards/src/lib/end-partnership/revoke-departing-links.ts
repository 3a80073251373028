import { type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { applyDbContext, type DbContext } from '@cabinet/api/database';
import { Membership } from '@cabinet/api/identity';
import { BoardPartnerInvitation } from '../entities/board-partner-invitation.entity';

/**
 * Withdraws the board's unused partnership links that the departing organisation's people made
 * (partners may invite others, as equals). Such a link is still in their hands, and accepting it
 * would let the organisation back onto the board without the host's say. Their memberships are
 * visible only inside their own organisation, so that one read switches the transaction there
 * and back to `back`. Links the host's or other partners' people made are theirs to keep. Returns
 * how many were withdrawn.
 */
export async function revokeDepartingLinks(m: EntityManager, boardId: string, departingId: string, back: DbContext): Promise<number> {
  const live = await m.find(BoardPartnerInvitation, { where: { boardId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) } });
  const creators = [...new Set(live.flatMap((link) => (link.createdBy ? [link.createdBy] : [])))];
  if (!creators.length) return 0;
  await applyDbContext(m, { organizationId: departingId });
  let theirs: Membership[];
  try {
    // A disabled membership counts: the link was made while that person acted for the organisation.
    theirs = await m.find(Membership, { where: { organizationId: departingId, userId: In(creators) } });
  } finally {
    await applyDbContext(m, back);
  }
  const ids = live.filter((link) => theirs.some((one) => one.userId === link.createdBy)).map((link) => link.id);
  if (!ids.length) return 0;
  await m.update(BoardPartnerInvitation, { id: In(ids), revokedAt: IsNull() }, { revokedAt: new Date() });
  return ids.length;
}
