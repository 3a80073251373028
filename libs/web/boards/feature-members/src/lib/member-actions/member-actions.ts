import { MEMBER_TRANSITIONS, type MemberStatus, PENDING_STATUSES, type TransitionMemberInput } from '@cabinet/shared/contracts';

/** What a manager can do next with a membership; each is one button on the profile. */
export type MemberAction = 'accept_guest' | 'make_active' | 'return_from_leave' | 'put_on_leave' | 'end' | 'renew';

/** The status each step leads to (renewing keeps the member active). */
export const ACTION_TARGET: Readonly<Record<Exclude<MemberAction, 'renew'>, TransitionMemberInput['to']>> = {
  accept_guest: 'guest',
  make_active: 'active',
  return_from_leave: 'active',
  put_on_leave: 'on_leave',
  end: 'ended',
};

/** Statuses with a current term, which is what a renewal extends. */
const WITH_TERM: readonly MemberStatus[] = ['active', 'on_leave'];

/**
 * The steps open to a manager from `status`, in the order of the lifecycle: the transitions the
 * contracts allow (MEMBER_TRANSITIONS), plus renewing a current term while the term limit allows it.
 */
export function memberActions(status: MemberStatus, mayRenew: boolean): MemberAction[] {
  const actions: MemberAction[] = MEMBER_TRANSITIONS[status].map((to): MemberAction => {
    switch (to) {
      case 'guest':
        return 'accept_guest';
      case 'active':
        return status === 'on_leave' ? 'return_from_leave' : 'make_active';
      case 'on_leave':
        return 'put_on_leave';
      default:
        return 'end';
    }
  });
  if (WITH_TERM.includes(status) && mayRenew) actions.splice(actions.indexOf('end'), 0, 'renew');
  return actions;
}

/** A current term that cannot be renewed because the board's limit on terms in a row is reached. */
export function renewalBlocked(status: MemberStatus, mayRenew: boolean): boolean {
  return WITH_TERM.includes(status) && !mayRenew;
}

/** Someone still waiting in the review queue: ending means declining them. */
export function isPending(status: MemberStatus): boolean {
  return PENDING_STATUSES.includes(status);
}
