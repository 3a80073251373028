import { seededRule, type SeededPack } from './seeded-pack';

const SOURCE = { citation: 'NYC health department drug-use CAB (funder practice, 2022)', url: null };

export const NYC_DRUG_USE_CAB_PACK: SeededPack = {
  key: 'nyc-drug-use-cab',
  version: 1,
  name: 'New York City health department drug-use community advisory board',
  description: [
    'The meeting rule of the New York City health department\'s practice for community advisory boards of people who use drugs, counted over the City\'s fiscal year (1 July to 30 June).',
    'Not checked by Cabinet: that members have lived experience of drug use; that each meeting lasts 2 hours; that a stipend is paid after each meeting (and that each payee has a tax ID).',
  ].join(' '),
  jurisdiction: 'US-NY',
  rules: [
    // The source says "per fiscal year" without naming it. The health department is a City agency, and
    // the City of New York's fiscal year runs 1 July to 30 June (City Fiscal Year 2008 began on 1 July
    // 2007), so the count restarts each July. Change startMonth in a new version if the funder says otherwise.
    seededRule(
      'six-meetings-a-fiscal-year',
      'meetings_held',
      'The board meets at least 6 times each City fiscal year (1 July to 30 June)',
      { min: 6, period: { per: 'fiscal_year', startMonth: 7 } },
      SOURCE,
    ),
  ],
};
