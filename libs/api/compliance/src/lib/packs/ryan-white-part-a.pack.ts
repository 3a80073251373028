import { seededRule, type SeededPack } from './seeded-pack';

const STATUTE = { citation: '42 USC 300ff-12(b)(5)(C), added by PL 106-345', url: 'https://www.law.cornell.edu/uscode/text/42/300ff-12' };

export const RYAN_WHITE_PART_A_PACK: SeededPack = {
  key: 'ryan-white-part-a-planning-council',
  version: 1,
  name: 'Ryan White HIV/AIDS Program Part A planning council',
  description: [
    'The membership rule HRSA sets for Ryan White Part A planning councils: at least a third of members are unaligned consumers.',
    'Not checked by Cabinet: that membership reflects the demographics of people with HIV in the area; open nominations with published criteria and a conflict-of-interest standard (42 USC 300ff-12); the required seat categories, including formerly incarcerated people released within the last 3 years (PL 104-146 / PL 106-345); that the council does not administer the grant (PL 104-146).',
  ].join(' '),
  jurisdiction: 'US',
  rules: [
    // Counted over voting members: the statute's "members" are the council's voting membership; guests
    // and people on leave do not hold a place in the count. A parent or caregiver of a minor in care
    // attests the same tag, as the statute counts them.
    seededRule(
      'unaligned-consumers-share',
      'composition_share',
      'At least 33 % of voting members are unaligned consumers (receive Part A services, not linked to a Part A-funded provider)',
      { group: { by: 'tag', tags: ['unaligned_consumer'] }, minPercent: 33, over: 'voting_members' },
      STATUTE,
    ),
  ],
};
