import type { PdfBlock } from '@cabinet/api/meetings';
import type { AttendanceFact, BoardFacts, MeetingFact, MemberFact, RecommendationFact } from '../facts/board-facts';
import { annualReport, type AnnualReportInput } from './annual-report';

const HASH = 'beef'.padEnd(64, '0');
const SINCE_2025 = '2025-01-01';

function member(id: string, options: { seatKind?: MemberFact['seatKind']; voting?: boolean; from?: string; until?: string; patientFamily?: boolean; onboardedOn?: string }): MemberFact {
  const from = options.from ?? SINCE_2025;
  return {
    id,
    seatKind: options.seatKind ?? 'community',
    seatVoting: options.voting ?? true,
    tags: options.patientFamily ? [{ tag: 'patient_family', from, until: null }] : [],
    spells: options.until ? [{ status: 'active', from, until: options.until }, { status: 'ended', from: options.until, until: null }] : [{ status: 'active', from, until: null }],
    terms: [{ startsOn: from, endsOn: '2028-12-31', endedOn: null }],
    onboardedOn: options.onboardedOn ?? from,
    votedOn: [],
  };
}

function meeting(id: string, on: string, options: Partial<Omit<MeetingFact, 'id' | 'startsAt'>> = {}): MeetingFact {
  return { id, startsAt: `${on}T18:00:00.000Z`, status: 'held', quorumReached: null, attendance: [], minutes: null, ...options };
}

const came = (memberId: string, status: AttendanceFact['status']): AttendanceFact => ({ memberId, status });
const minutes = (approvedOn: string | null, publishedOn: string | null) => ({
  id: `minutes-${approvedOn}`,
  createdAt: '2026-01-01T12:00:00.000Z',
  approvedAt: approvedOn && `${approvedOn}T12:00:00.000Z`,
  publishedAt: publishedOn && `${publishedOn}T12:00:00.000Z`,
  sentAt: null,
});

function recommendation(id: string, sentOn: string, firstDueOn: string, answer: Partial<RecommendationFact> = {}): RecommendationFact {
  return { id, sentAt: `${sentOn}T12:00:00.000Z`, firstDueOn, firstAnsweredAt: null, decision: null, implementedAt: null, ...answer };
}

const facts: BoardFacts = {
  boardId: 'b1',
  asOf: '2026-12-31T23:59:59.999Z',
  members: [
    member('m1', { patientFamily: true }),
    member('m2', { patientFamily: true }),
    member('m3', { seatKind: 'staff', from: '2026-03-01', onboardedOn: '2026-03-10' }),
    member('m4', { patientFamily: true }),
    member('m5', { seatKind: 'staff', until: '2026-07-01' }),
    member('m6', { seatKind: 'funder_observer', voting: false }),
  ],
  meetings: [
    meeting('g0', '2025-11-01'),
    meeting('g1', '2026-02-10', { quorumReached: true, attendance: [came('m1', 'present'), came('m2', 'remote'), came('m4', 'absent'), came('m5', 'present')], minutes: minutes('2026-03-10', '2026-03-12') }),
    meeting('g2', '2026-05-12', { quorumReached: false, attendance: [came('m1', 'present'), came('m3', 'present'), came('m2', 'excused')], minutes: minutes('2026-06-11', null) }),
    meeting('g3', '2026-08-01'),
    meeting('g4', '2026-09-15', { status: 'cancelled' }),
  ],
  recommendations: [
    recommendation('r0', '2025-12-01', '2026-01-30'),
    recommendation('r1', '2026-03-01', '2026-04-30', { firstAnsweredAt: '2026-04-20T09:00:00.000Z', decision: 'accepted', implementedAt: '2026-09-01T09:00:00.000Z' }),
    recommendation('r2', '2026-06-01', '2026-07-31', { firstAnsweredAt: '2026-08-15T09:00:00.000Z', decision: 'partly_accepted' }),
    recommendation('r3', '2026-11-01', '2027-01-15'),
  ],
  reports: [],
};

const input: AnnualReportInput = {
  year: 2026,
  locale: 'en',
  generatedAt: new Date('2027-02-03T10:00:00Z'),
  auditHeadHash: HASH,
  board: { name: 'Harbour PFAC', purpose: 'Patients and families advise the hospital.', hostName: 'Harbour Hospital', partnerNames: ['Family Voices'] },
  seats: [
    { id: 's-community', name: 'Community seat', voting: true },
    { id: 's-staff', name: 'Staff seat', voting: true },
    { id: 's-observer', name: 'Observer', voting: false },
  ],
  people: [
    { id: 'm1', seatTypeId: 's-community', boardRole: 'chair', listedAs: 'Alex Rivera' },
    { id: 'm2', seatTypeId: 's-community', boardRole: 'co_chair', listedAs: 'Community seat' },
    { id: 'm3', seatTypeId: 's-staff', boardRole: 'co_chair', listedAs: 'Sam Lee' },
    { id: 'm4', seatTypeId: 's-community', boardRole: null, listedAs: '' },
    { id: 'm5', seatTypeId: 's-staff', boardRole: 'secretary', listedAs: '' },
    { id: 'm6', seatTypeId: 's-observer', boardRole: null, listedAs: '' },
  ],
  targets: [
    { label: 'Patients and families', seatTypeId: null, tag: 'patient_family', minPercent: 50 },
    { label: 'Community seats', seatTypeId: 's-community', tag: null, minPercent: 50 },
  ],
  recommendationTitles: new Map([
    ['r1', 'Saturday clinic hours'],
    ['r2', 'Interpreters at intake'],
    ['r3', 'Quieter waiting room'],
  ]),
  facts,
  packs: [
    {
      name: 'Massachusetts hospital Patient and Family Advisory Council',
      version: 1,
      from: '2026-01-01',
      to: '2026-12-31',
      rules: [
        { title: 'The council meets at least 4 times a year', result: 'fail', measured: 3, threshold: 4, unit: 'count', withheld: false },
        { title: 'At least 50 % of voting members are patients or family', result: 'pass', measured: null, threshold: 50, unit: 'percent', withheld: true },
      ],
    },
  ],
};

const texts = (blocks: PdfBlock[]) => blocks.flatMap((block) => ('items' in block ? block.items : [block.text]));
const headings = (blocks: PdfBlock[]) => blocks.filter((block) => block.kind === 'heading' || block.kind === 'subheading').map((block) => ('text' in block ? block.text : ''));

describe('annualReport', () => {
  it('has the sections the Massachusetts PFAC report asks for, in order, in the reader’s language', () => {
    const { title, lang, blocks } = annualReport(input);
    expect(lang).toBe('en');
    expect(title).toBe('Annual report 2026: Harbour PFAC');
    expect(headings(blocks)).toEqual([
      'Annual report 2026: Harbour PFAC',
      'About the board',
      'Meetings',
      'Membership and composition',
      'Recommendations and their outcomes',
      'Compliance',
      'Audit chain head',
    ]);
    expect(headings(annualReport({ ...input, locale: 'pt' }).blocks)).toContain('Recomendações e resultados');
    expect(headings(annualReport({ ...input, locale: 'es' }).blocks)).toContain('Miembros y composición');
  });

  it('describes the board: its organisations, purpose, chair and co-chairs as listed, and its voting members at the year’s end', () => {
    const lines = texts(annualReport(input).blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'This report covers 1 January to 31 December 2026. Figures are as they stood on 2026-12-31.',
        'Board: Harbour PFAC',
        'Host organisation: Harbour Hospital',
        'Partner organisations: Family Voices',
        'Purpose: Patients and families advise the hospital.',
        'Chair: Alex Rivera',
        'Co-chairs: Community seat, Sam Lee',
        'Voting members on 2026-12-31: 4',
      ]),
    );
    // Nobody else is named: the secretary and ordinary members are counted only.
    expect(lines.join('\n')).not.toMatch(/secretary/i);
  });

  it('counts the meetings held that year with their days, cancelled ones, attendance, quorum and how fast minutes followed', () => {
    const lines = texts(annualReport(input).blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Meetings held: 3',
        '2026-02-10',
        '2026-05-12',
        '2026-08-01',
        'Meetings cancelled: 1',
        '2026-09-15',
        // 3 of 5 seated came to the first, 2 of 6 to the second: 5 of 11.
        'Average attendance: 45.4% of seated members came, in person or remotely (over 2 meetings with attendance recorded)',
        'Quorum reached: 1 of 2 meetings with attendance recorded',
        'Minutes approved: 2 of 3 meetings held, on average 29 days after the meeting',
        'Minutes published: 1 of 3 meetings held, on average 30 days after the meeting',
      ]),
    );
    expect(lines).not.toContain('2025-11-01');
  });

  it('shows membership by seat and each target’s share, withholding a share of fewer than 5 people with an attribute', () => {
    const lines = texts(annualReport(input).blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Voting members on 2026-12-31, by seat:',
        'Community seat: 3',
        'Staff seat: 1',
        'Patients and families (target 50%): not shown: fewer than 5 people, who could be recognised',
        'Community seats (target 50%): 75% · met',
        'Members who joined during the year: 1',
        'Members who left during the year: 1',
        'Members who completed onboarding during the year: 1',
      ]),
    );
    expect(lines).not.toContain('Observer: 0');
  });

  it('prints a share of people with an attribute only when 5 or more have it and 5 or more do not', () => {
    const report = (extra: ReturnType<typeof member>[]) => {
      const people = [...input.people, ...extra.map((one) => ({ id: one.id, seatTypeId: 's-community', boardRole: null, listedAs: '' }))];
      return texts(annualReport({ ...input, people, facts: { ...facts, members: [...facts.members, ...extra] } }).blocks);
    };
    const tagged = ['m7', 'm8'].map((id) => member(id, { patientFamily: true }));
    // 5 of 6: the one without the attribute would show that everyone else has it.
    expect(report(tagged).find((line) => line.startsWith('Patients and families'))).not.toContain('83.3%');
    const untagged = ['m9', 'm10', 'm11', 'm12'].map((id) => member(id, {}));
    expect(report([...tagged, ...untagged])).toContain('Patients and families (target 50%): 50% · met');
  });

  it('lists each recommendation sent that year with its answer, then totals and how many were answered by the due day', () => {
    const lines = texts(annualReport(input).blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Recommendations sent: 3',
        'Saturday clinic hours (sent 2026-03-01) · Accepted · first answer 2026-04-20 · implemented',
        'Interpreters at intake (sent 2026-06-01) · Partly accepted · first answer 2026-08-15',
        'Quieter waiting room (sent 2026-11-01) · Awaiting an answer',
        'Accepted: 1 · Partly accepted: 1 · Declined: 0 · Awaiting an answer: 1',
        'Implemented: 1',
        'Answered by the due day: 1 of 3',
      ]),
    );
  });

  it('prints each pack’s stored results, withheld shares included, and ends with the audit chain head and the day it was made', () => {
    const lines = texts(annualReport(input).blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Massachusetts hospital Patient and Family Advisory Council (version 1)',
        'Reporting year: 2026-01-01 to 2026-12-31',
        'The council meets at least 4 times a year: Not met · Measured: 3 · Needs: 4',
        'At least 50 % of voting members are patients or family: Met · Measured: withheld: it would show fewer than 5 people with an attribute · Needs: 50%',
      ]),
    );
    expect(lines.slice(-4, -2)).toEqual(['Audit chain head', HASH]);
    expect(lines.at(-1)).toBe('Generated by Cabinet on 2027-02-03');
  });

  it('says when the year is still running, and what it lacks', () => {
    const running = annualReport({
      ...input,
      board: { ...input.board, purpose: ' ', partnerNames: [] },
      people: input.people.map((person) => ({ ...person, boardRole: null })),
      targets: [],
      packs: [],
      facts: { ...facts, asOf: '2026-06-30T12:00:00.000Z', recommendations: [] },
    });
    const lines = texts(running.blocks);
    expect(lines).toEqual(
      expect.arrayContaining([
        'The year is not over: figures are up to 2026-06-30.',
        'No purpose written down yet.',
        'No chair recorded.',
        'Meetings held: 2',
        'The board has set no composition targets.',
        'No recommendations were sent this year.',
        'No stored results for this year.',
      ]),
    );
    expect(lines.join('\n')).not.toMatch(/Partner organisations/);
  });
});
