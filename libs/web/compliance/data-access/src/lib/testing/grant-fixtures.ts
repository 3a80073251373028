import type { GrantPreview, GrantView, PortfolioBoardView, PortfolioPackView, PortfolioRuleView, PortfolioView } from '@cabinet/shared/contracts';

/** A grant as its funder, City Health Fund, sees it: recorded, its link waiting to be accepted. */
export function testGrant(overrides: Partial<GrantView> = {}): GrantView {
  return {
    id: 'g1',
    title: 'HIV care services 2027',
    reference: 'RW-2027-014',
    status: 'invited',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    boardsNote: 'The consumer advisory board named in the application',
    funder: { id: 'funder-1', name: 'City Health Fund' },
    grantee: null,
    invitedEmail: 'director@harbour.example',
    packs: [{ id: 'p1', name: 'Ryan White Part A planning council', version: 1 }],
    boards: [],
    createdAt: '2027-01-05T09:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

/** What the grant link shows Harbour Outreach's manager: one pack with two rules, two of its boards. */
export function testGrantPreview(overrides: Partial<GrantPreview> = {}): GrantPreview {
  return {
    title: 'HIV care services 2027',
    reference: 'RW-2027-014',
    funderName: 'City Health Fund',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    boardsNote: 'The consumer advisory board named in the application',
    status: 'invited',
    packs: [
      {
        id: 'p1',
        name: 'Ryan White Part A planning council',
        description: 'What HRSA asks of planning councils.',
        rules: [
          { key: 'unaligned-consumers', title: 'A third of members are unaligned consumers' },
          { key: 'open-meetings', title: 'Meetings are open to the public' },
        ],
      },
    ],
    boards: [
      { id: 'b1', name: 'Harbour Community Board' },
      { id: 'b2', name: 'Youth Panel' },
    ],
    ...overrides,
  };
}

/** A share of unaligned consumers below its threshold, shown (5 or more people counted). */
export function testPortfolioRule(overrides: Partial<PortfolioRuleView> = {}): PortfolioRuleView {
  return {
    ruleKey: 'unaligned-consumers',
    kind: 'composition_share',
    title: 'A third of members are unaligned consumers',
    source: { citation: '42 U.S.C. 300ff-12(c)', url: null },
    result: 'fail',
    measured: 25,
    threshold: 33,
    unit: 'percent',
    evidence: [],
    withheld: false,
    ...overrides,
  };
}

export function testPortfolioPack(overrides: Partial<PortfolioPackView> = {}): PortfolioPackView {
  return {
    packId: 'p1',
    packName: 'Ryan White Part A planning council',
    version: 1,
    period: { from: '2027-01-01', to: '2027-12-31', evaluatedAt: '2027-05-20T06:00:00.000Z' },
    rules: [testPortfolioRule()],
    trend: [{ from: '2026-01-01', to: '2026-12-31', pass: 2, fail: 1, atRisk: 0, notEnoughData: 1 }],
    ...overrides,
  };
}

/** Harbour Outreach's board b1, covered by grant g1, failing one rule. */
export function testPortfolioBoard(overrides: Partial<PortfolioBoardView> = {}): PortfolioBoardView {
  return {
    boardId: 'b1',
    boardName: 'Harbour Community Board',
    organizationName: 'Harbour Outreach',
    grantId: 'g1',
    grantTitle: 'HIV care services 2027',
    packs: [testPortfolioPack()],
    counts: { pass: 0, fail: 1, atRisk: 0, notEnoughData: 0 },
    ...overrides,
  };
}

export function testPortfolio(overrides: Partial<PortfolioView> = {}): PortfolioView {
  return { boards: [testPortfolioBoard()], ...overrides };
}
