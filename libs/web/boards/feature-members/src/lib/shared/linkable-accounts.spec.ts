import { anOrganizationMember } from '../testing/fixtures';
import { accountLabel, linkableAccounts } from './linkable-accounts';

const person = anOrganizationMember;

describe('linkableAccounts', () => {
  const people = [person('u1'), person('u2'), person('u3', { disabled: true }), person('u4')];

  it('offers the enabled people of the organisation who are not on the board yet', () => {
    expect(linkableAccounts(people, ['u2']).map((p) => p.userId)).toEqual(['u1', 'u4']);
  });

  it('keeps the account already linked to the membership being edited', () => {
    expect(linkableAccounts(people, ['u2', 'u4'], 'u4').map((p) => p.userId)).toEqual(['u1', 'u4']);
  });

  it('never offers a disabled account that is not already linked', () => {
    expect(linkableAccounts(people, []).map((p) => p.userId)).not.toContain('u3');
    expect(linkableAccounts(people, ['u3'], 'u3').map((p) => p.userId)).toContain('u3');
  });
});

describe('accountLabel', () => {
  it('shows the address next to the name only when there is one', () => {
    expect(accountLabel(person('u1', { displayName: 'Jo', email: 'jo@example.org' }))).toBe('Jo · jo@example.org');
    expect(accountLabel(person('u2', { displayName: 'Sam' }))).toBe('Sam');
  });
});
