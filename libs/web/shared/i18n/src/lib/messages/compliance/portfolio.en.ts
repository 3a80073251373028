/** English messages for a funder's portfolio: the boards its grants cover, read only. */
export const EN_PORTFOLIO_MESSAGES = {
  'shell.nav.portfolio': 'Portfolio',

  'portfolio.pageTitle': 'Portfolio',
  'portfolio.heading': 'Portfolio',
  'portfolio.intro': 'The boards your grants cover, and how each one meets the rules of its grant. Cabinet checks them from what the boards record; you can read, not change.',
  'portfolio.empty': 'No boards yet: a grant shows here once the organisation accepts it.',
  'portfolio.grantsLink': 'See your grants',

  'portfolio.summary.heading': 'Summary',
  'portfolio.summary.boards': 'Boards',
  'portfolio.summary.pass': 'Rules met',
  'portfolio.summary.fail': 'Rules not met',
  'portfolio.summary.atRisk': 'Rules at risk',
  'portfolio.summary.notEnoughData': 'Rules without enough data',
  'portfolio.refresh': 'Look for new results',
  'portfolio.refreshing': 'Looking for new results…',
  'portfolio.refreshed': 'The results are up to date.',

  'portfolio.board.organization': 'Organisation',
  'portfolio.board.grant': 'Grant',
  'portfolio.board.counts': 'Met: {pass}. Not met: {fail}. At risk: {atRisk}. Not enough data: {notEnoughData}.',
  'portfolio.board.open': 'See the records',
  'portfolio.board.pageTitle': 'A board in your portfolio',
  'portfolio.board.back': 'Back to the portfolio',
  'portfolio.board.intro': 'Each rule with the records its result rests on. Members appear by the name they chose to show and their seat.',
  'portfolio.board.noPacks': 'No pack applies to this board yet.',
  'portfolio.board.notFound': 'This board is not in your portfolio. The grant may have been withdrawn, or the organisation has not accepted it yet.',

  'portfolio.pack.period': 'Version {version}. Reporting year {from} to {to}, checked {checked}.',
  'portfolio.pack.notChecked': 'Version {version}. Not checked yet: results usually appear within a minute of the organisation accepting.',

  'portfolio.withheld': 'Withheld: the share would point to fewer than 5 people.',
  'portfolio.withheld.hint': 'Cabinet does not show counts this small outside the board, so that no one can be recognised.',

  'portfolio.trend.caption': 'Rules by result in each reporting year: {pack}, {board}',
  'portfolio.trend.soFar': '{year}, so far',
  'portfolio.trend.soFarNote': 'This year so far',

  'portfolio.audit.heading': 'Audit trail',
  'portfolio.audit.intro': 'What was recorded about this board, newest first: actions and times only, never names. Each organisation’s trail is checked from its first entry.',
  'portfolio.audit.chainValid': '{organization}: the trail holds together ({count} entries checked). Latest entry’s hash: {hash}',
  'portfolio.audit.chainBroken': '{organization}: the trail does not hold together. Ask the organisation to explain. Latest good hash: {hash}',
  'portfolio.audit.when': 'When',
  'portfolio.audit.organization': 'Organisation',
  'portfolio.audit.action': 'What happened',
  'portfolio.audit.subject': 'About',
  'portfolio.audit.empty': 'Nothing recorded about this board yet.',
  'portfolio.audit.error': 'The audit trail could not be loaded. Try again in a moment.',
} as const satisfies Record<string, string>;
