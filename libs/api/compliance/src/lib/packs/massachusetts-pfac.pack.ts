import { seededRule, type SeededPack } from './seeded-pack';

const REGULATION = { citation: '105 CMR 130.1801', url: null };

export const MASSACHUSETTS_PFAC_PACK: SeededPack = {
  key: 'massachusetts-pfac',
  version: 1,
  name: 'Massachusetts hospital Patient and Family Advisory Council',
  description: [
    'Meetings, membership, minutes and the annual report that Massachusetts requires of hospital Patient and Family Advisory Councils.',
    'Not checked by Cabinet: that members are representative of the community; that minutes are sent to the hospital\'s governing body (the regulation sets no deadline to measure against); the written policies on purpose, membership (selection, term of service, officers), orientation and training, roles and confidentiality; the recommended patient or family chair or co-chair.',
  ].join(' '),
  jurisdiction: 'US-MA',
  rules: [
    // "At least quarterly" is read as the sources file glosses it, 4 meetings in each calendar year, not
    // one in every quarter.
    seededRule('four-meetings-a-year', 'meetings_held', 'The council meets at least 4 times a year', { min: 4, period: { per: 'year' } }, REGULATION),
    seededRule(
      'patient-family-half',
      'composition_share',
      'At least 50 % of voting members are current or former patients or their family members',
      { group: { by: 'tag', tags: ['patient_family'] }, minPercent: 50, over: 'voting_members' },
      REGULATION,
    ),
    seededRule('minutes-kept-five-years', 'minutes_retention', 'Minutes are kept for at least 5 years', { years: 5 }, REGULATION),
    seededRule('annual-report-by-october', 'report_due', 'The annual report is made public by 1 October each year', { report: 'annual', month: 10, day: 1 }, REGULATION),
  ],
};
