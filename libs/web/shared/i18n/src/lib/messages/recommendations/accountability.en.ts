/** English messages for a board's accountability measures (counts only, no names). */
export const EN_ACCOUNTABILITY_MESSAGES = {
  'recommendations.measures.pageTitle': 'Accountability measures',
  'recommendations.measures.link': 'Accountability measures: how the board was answered',
  'recommendations.measures.back': 'Back to the recommendations',
  'recommendations.measures.heading': 'How the board was answered',
  'recommendations.measures.intro': 'Numbers for {board}: how fast the board read the messages it got, and how the agency answered the board’s recommendations. No names, only counts.',

  'recommendations.measures.period.heading': 'Period',
  'recommendations.measures.period.presets': 'Quick choices',
  'recommendations.measures.preset.last90': 'Last 90 days',
  'recommendations.measures.preset.thisQuarter': 'This quarter',
  'recommendations.measures.preset.lastQuarter': 'Last quarter',
  'recommendations.measures.preset.thisYear': 'This year',
  'recommendations.measures.period.from': 'First day',
  'recommendations.measures.period.to': 'Last day',
  'recommendations.measures.period.show': 'Show these dates',
  'recommendations.measures.showing': 'From {from} to {to}. Counted on {asOf}.',
  'recommendations.measures.error.order': 'The last day must be the same as the first day or later.',
  'recommendations.measures.error.span': 'Choose a period of 3 years or less.',

  'recommendations.measures.noData': 'No data yet',
  'recommendations.measures.share': '{numerator} of {denominator} ({percent}%)',
  'recommendations.measures.days': '{days} days',
  'recommendations.measures.dayOne': '1 day',

  'recommendations.measures.input.heading': 'Messages from members and the community',
  'recommendations.measures.input.received': 'Messages received',
  'recommendations.measures.input.received.definition': 'Messages that arrived in this period.',
  'recommendations.measures.input.acknowledged': 'Messages read by the board',
  'recommendations.measures.input.acknowledged.definition': 'Messages the board marked as read in this period, whenever they arrived. Any first step counts: marking as read, putting on an agenda, making a recommendation, answering or declining.',
  'recommendations.measures.input.medianDays': 'Usual time to read',
  'recommendations.measures.input.medianDays.definition': 'For messages that arrived in this period and were read: the middle number (median) of the days they waited.',
  'recommendations.measures.input.onTime': 'Read on time',
  'recommendations.measures.input.onTime.definition': 'Of the messages that arrived in this period: how many the board read within its {days} days. Messages still waiting after that are late. Messages still within their time are not counted yet.',

  'recommendations.measures.recommendations.heading': 'Recommendations to the agency',
  'recommendations.measures.recommendations.sent': 'Recommendations sent',
  'recommendations.measures.recommendations.sent.definition': 'Recommendations the board sent to the agency in this period.',
  'recommendations.measures.recommendations.medianDays': 'Usual time to answer',
  'recommendations.measures.recommendations.medianDays.definition':
    'For recommendations sent in this period and answered: the middle number (median) of the days from sending to the agency’s first answer (yes, part of it, or no). A question back to the board is not an answer.',
  'recommendations.measures.recommendations.onTime': 'Answered on time',
  'recommendations.measures.recommendations.onTime.definition':
    'Of the recommendations sent in this period: how many got their first answer by the due day. When the agency asks the board a question, the due day moves later by the days it waited for the board. No answer after the due day is late. Recommendations not due yet, or waiting for the board, are not counted yet.',
  'recommendations.measures.recommendations.implemented': 'Done',
  'recommendations.measures.recommendations.implemented.definition':
    'Of the recommendations sent in this period that the agency agreed to do (all or part): how many it reported done, or the board closed as done. One the board sent back is not done.',
  'recommendations.measures.recommendations.satisfied': 'Board satisfied',
  'recommendations.measures.recommendations.satisfied.definition':
    'Of the board’s reviews in this period, of any recommendation: how many times the board said it was satisfied with what the agency did or answered.',
} as const satisfies Record<string, string>;
