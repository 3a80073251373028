import { testRosterMember as member, testSeatType as seat } from '@cabinet/web/boards/data-access';
import { groupRoster } from './roster-groups';

describe('groupRoster', () => {
  const peers = seat('s-peer', 'Peer members');
  const staff = seat('s-staff', 'Agency staff', { voting: false });

  it('groups people by seat type in the board’s order of seat types, keeping empty seat types', () => {
    const groups = groupRoster([peers, staff, seat('s-obs', 'Funder observer')], [member('m1', 'Sam', 's-staff'), member('m2', 'Ali', 's-peer')]);

    expect(groups.map((group) => [group.seatType?.name, group.members.map((m) => m.displayName)])).toEqual([
      ['Peer members', ['Ali']],
      ['Agency staff', ['Sam']],
      ['Funder observer', []],
    ]);
  });

  it('puts office holders first, then active members, members on leave and guests, each by name', () => {
    const groups = groupRoster(
      [peers],
      [
        member('g', 'Bea', 's-peer', { status: 'guest' }),
        member('l', 'Abe', 's-peer', { status: 'on_leave' }),
        member('a2', 'Zoe', 's-peer'),
        member('a1', 'Cai', 's-peer'),
        member('s', 'Yan', 's-peer', { boardRole: 'secretary' }),
        member('c', 'Xia', 's-peer', { boardRole: 'chair' }),
      ],
    );

    expect(groups[0]?.members.map((m) => m.id)).toEqual(['c', 's', 'a1', 'a2', 'l', 'g']);
  });

  it('lists people listed by role only (no name) after the named people of the same standing', () => {
    const groups = groupRoster([peers], [member('hidden', null, 's-peer', { listedByRoleOnly: true }), member('named', 'Zed', 's-peer')]);

    expect(groups[0]?.members.map((m) => m.id)).toEqual(['named', 'hidden']);
  });

  it('collects people in a seat type the board no longer lists in a last group of their own', () => {
    const groups = groupRoster([peers], [member('m1', 'Sam', 's-gone')]);

    expect(groups.map((group) => group.seatType?.id ?? null)).toEqual(['s-peer', null]);
    expect(groups[1]?.members.map((m) => m.id)).toEqual(['m1']);
  });
});
