import { seededRule, type SeededPack } from './seeded-pack';

const REGULATION = { citation: '42 CFR 51c.304; Health Center Program Compliance Manual ch. 20', url: 'https://www.law.cornell.edu/cfr/text/42/51c.304' };

export const HRSA_HEALTH_CENTER_BOARD_PACK: SeededPack = {
  key: 'hrsa-health-center-board',
  version: 1,
  name: 'HRSA Health Center Program governing board',
  description: [
    'Board size, patient majority, staff without a vote and monthly meetings for Health Center Program governing boards.',
    'Not checked by Cabinet: that patient members as a group are demographically representative of the patients served; that at most half of the non-patient members earn more than 10 % of their income from the health-care industry; that no employee, or immediate family member of one, sits on the board at all (Cabinet checks only that staff seats hold no vote); that the CEO sits only as a non-voting ex officio member.',
  ].join(' '),
  jurisdiction: 'US',
  rules: [
    // board_size counts voting members, so a non-voting ex officio CEO falls outside the 9-25 count;
    // the sources do not say whether that seat belongs in it.
    seededRule('board-size', 'board_size', 'The board has 9 to 25 voting members', { min: 9, max: 25 }, REGULATION),
    // No "patient" tag exists: "uses the services" is the closest. Unaligned consumers also use the
    // services, so they count too; "patient or family member" is left out because family members who are
    // not patients do not count towards this majority.
    seededRule(
      'patient-majority',
      'composition_share',
      'At least 51 % of voting members are patients of the health center',
      { group: { by: 'tag', tags: ['consumer', 'unaligned_consumer'] }, minPercent: 51, over: 'voting_members' },
      REGULATION,
    ),
    // The regulation bars employees from the board outright; a staff seat without a vote is the part of
    // that Cabinet can see (the description says the rest is not checked).
    seededRule('staff-not-voting', 'roles_not_voting', 'Agency staff hold no vote on the board', { seatKinds: ['staff'] }, REGULATION),
    // Cited with the source's own caution: the monthly rule comes from PIN 98-23, which the sources file
    // says to check against the current compliance manual.
    seededRule('monthly-meetings', 'meetings_held', 'The board meets at least once a month', { min: 1, period: { per: 'month' } }, {
      citation: 'HRSA PIN 98-23 (check the current compliance manual before citing as current)',
      url: null,
    }),
  ],
};
