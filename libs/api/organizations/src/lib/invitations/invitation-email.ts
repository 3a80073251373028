import type { EntityManager } from 'typeorm';
import { AppUser, type Invitation, Organization, webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import { roleLabel } from '../role-labels';

/**
 * Queues the invitation email in the caller's transaction (organisation context), in the
 * inviter's language: the invitee has no account, or none this organisation can see.
 */
export async function queueInvitationEmail(manager: EntityManager, appUrl: string, invitation: Invitation, token: string, inviterId: string): Promise<void> {
  const organization = await manager.findOneByOrFail(Organization, { id: invitation.organizationId });
  const inviter = await manager.findOneBy(AppUser, { id: inviterId });
  const locale = inviter?.locale ?? 'en';
  await queueEmail(manager, {
    to: invitation.email,
    template: 'invitation',
    locale,
    organizationId: invitation.organizationId,
    data: { organizationName: organization.name, role: roleLabel(invitation.role, locale), url: webLink(appUrl, '/invitations/accept', { token }) },
  });
}
