import type { EN_SOURCE_INPUT_MESSAGES } from './source-input.en';

/** Portuguese, the input a recommendation is drafted from. */
export const PT_SOURCE_INPUT_MESSAGES: Readonly<Record<keyof typeof EN_SOURCE_INPUT_MESSAGES, string>> = {
  'recommendations.sourceInput.heading': 'A mensagem de onde isto vem',
  'recommendations.sourceInput.received': 'Recebida em {date}',
  'recommendations.sourceInput.anonymous': 'Enviada de forma anónima. Ninguém pode ver quem a enviou.',
  'recommendations.sourceInput.from': 'De {name}',
  'recommendations.sourceInput.prefilled': 'As palavras dela foram copiadas para o texto abaixo. Mude-as como precisar.',
  'recommendations.sourceInput.missing': 'Não encontramos esta mensagem. Pode escrever a recomendação na mesma.',
  'recommendations.sourceInput.line': 'Vem de uma mensagem recebida em {date}',
};
