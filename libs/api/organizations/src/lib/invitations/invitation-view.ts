import type { Invitation } from '@cabinet/api/identity';
import type { InvitationStatus, InvitationView } from '@cabinet/shared/contracts';

export const INVITATION_DAYS = 7;

export function invitationExpiry(now = Date.now()): Date {
  return new Date(now + INVITATION_DAYS * 86_400_000);
}

export function invitationStatus(invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now ? 'expired' : 'pending';
}

export function toInvitationView(invitation: Invitation, now = Date.now()): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    status: invitationStatus(invitation, now),
  };
}
