import type { Member } from '@cabinet/web/identity/data-access';

/**
 * The people of the organisation whose account can be linked to a board membership: enabled, and
 * not already on this board or waiting to join it (an account holds one membership per board).
 * `keep` is the account already linked to the membership being edited: it stays choosable.
 */
export function linkableAccounts(people: readonly Member[], onBoard: readonly string[], keep: string | null = null): Member[] {
  const taken = new Set(onBoard);
  return people.filter((person) => person.userId === keep || (!person.disabled && !taken.has(person.userId)));
}

/** "Jo Lee · jo@example.org": the name, and the address when the viewer may see it. */
export function accountLabel(person: Member): string {
  return person.email ? `${person.displayName} · ${person.email}` : person.displayName;
}
