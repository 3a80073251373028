import { seededRule, type SeededPack } from './seeded-pack';

const SOURCE = { citation: 'NIH/NIAID AIDS Clinical Trials Group (ACTG) community advisory boards', url: null };

export const ACTG_CAB_PACK: SeededPack = {
  key: 'actg-cab',
  version: 1,
  name: 'ACTG clinical trials unit community advisory board',
  description: [
    'Meetings and voting rules for the community advisory board each ACTG clinical trials unit maintains.',
    'Not checked by Cabinet: that each clinical trials unit maintains a board; monthly meetings, which the network recommends but does not require.',
  ].join(' '),
  jurisdiction: 'US',
  rules: [
    seededRule('six-meetings-a-year', 'meetings_held', 'The board meets at least 6 times a year', { min: 6, period: { per: 'year' } }, SOURCE),
    // Principal investigators and network staff sit in staff seats in Cabinet: no seat kind of their own.
    seededRule('staff-not-voting', 'roles_not_voting', 'Principal investigators and network staff hold no vote', { seatKinds: ['staff'] }, SOURCE),
  ],
};
