import { seededRule, type SeededPack } from './seeded-pack';

export const SAMHSA_CCBHC_PACK: SeededPack = {
  key: 'samhsa-ccbhc-board',
  version: 1,
  name: 'SAMHSA Certified Community Behavioral Health Clinic board (option 1)',
  description: [
    'The first governance option of the certification criteria: at least 51 % of the clinic\'s board are consumers, family members or people in recovery.',
    'Not checked by Cabinet: the other options for meeting criteria 6.B.',
    'State variants are not included: Mississippi rule 24-2-54.30 asks for an advisory committee with a lived-experience majority including 2 youth members, a governance plan every year and outcomes reported every quarter, which Cabinet\'s rule kinds cannot yet express.',
  ].join(' '),
  jurisdiction: 'US',
  rules: [
    // "Consumers, family members or people in recovery": a member counts with any one of these tags.
    seededRule(
      'lived-experience-majority',
      'composition_share',
      'At least 51 % of voting members are people who use the services, their family members, or people in recovery',
      { group: { by: 'tag', tags: ['consumer', 'unaligned_consumer', 'patient_family', 'lived_experience'] }, minPercent: 51, over: 'voting_members' },
      { citation: 'SAMHSA Certified Community Behavioral Health Clinic criteria 6.B, option 1', url: null },
    ),
  ],
};
