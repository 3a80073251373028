/** English, the input a recommendation is drafted from: shown on the draft page and the recommendation page. */
export const EN_SOURCE_INPUT_MESSAGES = {
  'recommendations.sourceInput.heading': 'The input this comes from',
  'recommendations.sourceInput.received': 'Received {date}',
  'recommendations.sourceInput.anonymous': 'Sent anonymously. Nobody can see who sent it.',
  'recommendations.sourceInput.from': 'From {name}',
  'recommendations.sourceInput.prefilled': 'Its words are copied into the text below. Change them as you need.',
  'recommendations.sourceInput.missing': 'We could not find this input. You can still write the recommendation.',
  'recommendations.sourceInput.line': 'From input received on {date}',
} as const;
