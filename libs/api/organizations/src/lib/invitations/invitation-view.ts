import { type Invitation, invitationStatus } from '@cabinet/api/identity';
import type { InvitationView } from '@cabinet/shared/contracts';

export const INVITATION_DAYS = 7;

export function invitationExpiry(now = Date.now()): Date {
  return new Date(now + INVITATION_DAYS * 86_400_000);
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
