import type { InvitationStatus } from '@cabinet/shared/contracts';

/** Where a single-use emailed or shared link stands (an invitation, a partnership link). */
export function invitationStatus(link: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = Date.now()): InvitationStatus {
  if (link.acceptedAt) return 'accepted';
  if (link.revokedAt) return 'revoked';
  return link.expiresAt.getTime() <= now ? 'expired' : 'pending';
}
