import type { BoardComplianceView, BoardPackComplianceView, CompliancePackView, ComplianceRuleView } from '@cabinet/shared/contracts';

/** The organisation's own pack, version 2, with one rule. */
export function testCompliancePack(overrides: Partial<CompliancePackView> = {}): CompliancePackView {
  return {
    id: 'p1',
    seeded: false,
    organizationId: 'org-1',
    name: 'City grant rules',
    description: 'What the city asks of boards it funds.',
    jurisdiction: null,
    version: 2,
    versionId: 'pv2',
    yearStartMonth: 1,
    rules: [{ key: 'four-meetings', kind: 'meetings_held', title: 'Four meetings a year', params: { min: 4, period: { per: 'year' } }, source: { citation: 'Grant letter, section 3', url: null } }],
    versions: [
      { id: 'pv1', version: 1, createdAt: '2026-01-10T09:00:00.000Z' },
      { id: 'pv2', version: 2, createdAt: '2026-06-01T09:00:00.000Z' },
    ],
    createdAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** A rule result: a share that falls short of its threshold, with two members as evidence. */
export function testComplianceRule(overrides: Partial<ComplianceRuleView> = {}): ComplianceRuleView {
  return {
    ruleKey: 'peer-share',
    kind: 'composition_share',
    title: 'A third of voting members are consumers',
    source: { citation: '105 CMR 130.1801', url: 'https://www.mass.gov/regulations/105-CMR-130' },
    result: 'fail',
    measured: 31.2,
    threshold: 33,
    unit: 'percent',
    evidence: [
      { type: 'member', id: 'm1', note: 'counted', on: null, label: 'Sam', meetingId: null },
      { type: 'member', id: 'm2', note: 'not_counted', on: null, label: 'Chair', meetingId: null },
    ],
    ...overrides,
  };
}

/** A pack on a board, checked for the 2027 reporting year, with one earlier year in its trend. */
export function testBoardPackCompliance(overrides: Partial<BoardPackComplianceView> = {}): BoardPackComplianceView {
  return {
    pack: { id: 'p1', name: 'City grant rules', seeded: false, version: 2, versionId: 'pv2', description: 'What the city asks of boards it funds.' },
    addedAt: '2026-01-15T09:00:00.000Z',
    current: {
      from: '2027-01-01',
      to: '2027-12-31',
      asOf: '2027-05-20',
      evaluatedAt: '2027-05-20T06:00:00.000Z',
      rules: [testComplianceRule()],
    },
    trend: [{ from: '2026-01-01', to: '2026-12-31', pass: 3, fail: 1, atRisk: 0, notEnoughData: 1 }],
    ...overrides,
  };
}

/** Board b1's stored, current results against one pack. */
export function testBoardCompliance(overrides: Partial<BoardComplianceView> = {}): BoardComplianceView {
  return { boardId: 'b1', asOf: null, packs: [testBoardPackCompliance()], ...overrides };
}
