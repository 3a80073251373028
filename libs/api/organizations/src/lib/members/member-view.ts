import type { Membership } from '@cabinet/api/identity';
import type { MemberView } from '@cabinet/shared/contracts';

/** Contact details and the legal name only for those who manage members (and never for erased people). */
export function toMemberView(membership: Membership, withContactDetails: boolean): MemberView {
  const user = membership.user!;
  const contact = withContactDetails && !user.erasedAt;
  return {
    userId: membership.userId,
    displayName: user.displayName,
    role: membership.role,
    email: contact ? user.email : null,
    username: contact ? user.username : null,
    legalName: contact ? user.legalName : null,
    disabled: !!membership.disabledAt,
    joinedAt: membership.createdAt.toISOString(),
  };
}
