/** English messages for compliance exports: a board's results as a CSV, an evidence packet as a PDF. */
export const EN_EXPORTS_MESSAGES = {
  'compliance.exports.heading': 'Export',
  'compliance.exports.intro':
    'Get this reporting year’s results as a spreadsheet (CSV), or an evidence packet (PDF) with the records behind each result. Cabinet makes the file in the background and lists it below. Only your organisation can download it.',
  'compliance.exports.noPeriod': 'You can export once the board has its first results.',
  'compliance.exports.period': 'Reporting year',
  'compliance.exports.periodOption': '{from} to {to}',
  'compliance.exports.csv': 'Download results (CSV)',
  'compliance.exports.pdf': 'Evidence packet (PDF)',
  'compliance.exports.asked': 'Cabinet is making your file. It appears in the list below when it is ready.',
  'compliance.exports.readyNotice': '{kind} for {period} is ready to download.',
  'compliance.exports.failedNotice': '{kind} for {period} could not be made.',
  'compliance.exports.periodRefused': 'The board has no stored results for that reporting year yet.',
  'compliance.exports.recent': 'Recent exports',
  'compliance.exports.none': 'No exports yet.',
  'compliance.exports.kind.results_csv': 'Results (CSV)',
  'compliance.exports.kind.evidence_pdf': 'Evidence packet (PDF)',
  'compliance.exports.requested': 'Asked for on {when}.',
  'compliance.exports.status.queued': 'Being made…',
  'compliance.exports.status.failed': 'Could not be made. Please ask for it again.',
  'compliance.exports.download': 'Download {file}',
  'compliance.exports.auditHead': 'Audit chain head when made: {hash}',
} as const satisfies Record<string, string>;
