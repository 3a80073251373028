import type { EN_SOURCE_INPUT_MESSAGES } from './source-input.en';

/** Spanish, the input a recommendation is drafted from. */
export const ES_SOURCE_INPUT_MESSAGES: Readonly<Record<keyof typeof EN_SOURCE_INPUT_MESSAGES, string>> = {
  'recommendations.sourceInput.heading': 'El mensaje del que viene',
  'recommendations.sourceInput.received': 'Recibido el {date}',
  'recommendations.sourceInput.anonymous': 'Enviado de forma anónima. Nadie puede ver quién lo envió.',
  'recommendations.sourceInput.from': 'De {name}',
  'recommendations.sourceInput.prefilled': 'Sus palabras están copiadas en el texto de abajo. Cámbielas como necesite.',
  'recommendations.sourceInput.missing': 'No encontramos este mensaje. Puede escribir la recomendación igualmente.',
  'recommendations.sourceInput.line': 'Viene de un mensaje recibido el {date}',
};
