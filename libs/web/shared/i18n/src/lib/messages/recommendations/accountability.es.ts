import type { EN_ACCOUNTABILITY_MESSAGES } from './accountability.en';

/** Spanish, accountability measures. */
export const ES_ACCOUNTABILITY_MESSAGES: Readonly<Record<keyof typeof EN_ACCOUNTABILITY_MESSAGES, string>> = {
  'recommendations.measures.pageTitle': 'Indicadores de respuesta',
  'recommendations.measures.link': 'Indicadores de respuesta: cómo se respondió al consejo',
  'recommendations.measures.back': 'Volver a las recomendaciones',
  'recommendations.measures.heading': 'Cómo se respondió al consejo',
  'recommendations.measures.intro': 'Números de {board}: la rapidez con que el consejo leyó los mensajes que recibió y cómo respondió la organización a las recomendaciones del consejo. Sin nombres, solo recuentos.',

  'recommendations.measures.period.heading': 'Periodo',
  'recommendations.measures.period.presets': 'Opciones rápidas',
  'recommendations.measures.preset.last90': 'Últimos 90 días',
  'recommendations.measures.preset.thisQuarter': 'Este trimestre',
  'recommendations.measures.preset.lastQuarter': 'Trimestre pasado',
  'recommendations.measures.preset.thisYear': 'Este año',
  'recommendations.measures.period.from': 'Primer día',
  'recommendations.measures.period.to': 'Último día',
  'recommendations.measures.period.show': 'Mostrar estas fechas',
  'recommendations.measures.showing': 'Del {from} al {to}. Contado el {asOf}.',
  'recommendations.measures.error.order': 'El último día tiene que ser igual al primero o posterior.',
  'recommendations.measures.error.span': 'Elija un periodo de 3 años o menos.',

  'recommendations.measures.noData': 'Todavía sin datos',
  'recommendations.measures.share': '{numerator} de {denominator} ({percent}%)',
  'recommendations.measures.days': '{days} días',
  'recommendations.measures.dayOne': '1 día',

  'recommendations.measures.input.heading': 'Mensajes de miembros y de la comunidad',
  'recommendations.measures.input.received': 'Mensajes recibidos',
  'recommendations.measures.input.received.definition': 'Mensajes que llegaron en este periodo.',
  'recommendations.measures.input.acknowledged': 'Mensajes leídos por el consejo',
  'recommendations.measures.input.acknowledged.definition': 'Mensajes que el consejo marcó como leídos en este periodo, llegaran cuando llegaran. Cuenta cualquier primer paso: marcar como leído, poner en un orden del día, hacer una recomendación, responder o rechazar.',
  'recommendations.measures.input.medianDays': 'Tiempo habitual hasta leer',
  'recommendations.measures.input.medianDays.definition': 'Para los mensajes que llegaron en este periodo y se leyeron: el número del medio (mediana) de los días que esperaron.',
  'recommendations.measures.input.onTime': 'Leídos a tiempo',
  'recommendations.measures.input.onTime.definition': 'De los mensajes que llegaron en este periodo: cuántos leyó el consejo dentro de sus {days} días. Los que siguen esperando después de eso van con retraso. Los que todavía están dentro de su plazo aún no cuentan.',

  'recommendations.measures.recommendations.heading': 'Recomendaciones a la organización',
  'recommendations.measures.recommendations.sent': 'Recomendaciones enviadas',
  'recommendations.measures.recommendations.sent.definition': 'Recomendaciones que el consejo envió a la organización en este periodo.',
  'recommendations.measures.recommendations.medianDays': 'Tiempo habitual de respuesta',
  'recommendations.measures.recommendations.medianDays.definition':
    'Para las recomendaciones enviadas en este periodo y respondidas: el número del medio (mediana) de los días entre el envío y la primera respuesta de la organización (sí, en parte o no). Una pregunta al consejo no es una respuesta.',
  'recommendations.measures.recommendations.onTime': 'Respondidas a tiempo',
  'recommendations.measures.recommendations.onTime.definition':
    'De las recomendaciones enviadas en este periodo: cuántas tuvieron su primera respuesta a más tardar el día del plazo. Cuando la organización hace una pregunta al consejo, el plazo se mueve tantos días como esperó al consejo. Sin respuesta después del plazo cuenta como retraso. Las que aún no llegaron a su plazo, o esperan al consejo, aún no cuentan.',
  'recommendations.measures.recommendations.implemented': 'Hechas',
  'recommendations.measures.recommendations.implemented.definition':
    'De las recomendaciones enviadas en este periodo que la organización aceptó hacer (en todo o en parte): cuántas dio por hechas, o el consejo cerró como hechas. Una que el consejo devolvió no está hecha.',
  'recommendations.measures.recommendations.satisfied': 'Consejo satisfecho',
  'recommendations.measures.recommendations.satisfied.definition':
    'De las evaluaciones del consejo en este periodo, de cualquier recomendación: cuántas veces el consejo dijo que estaba satisfecho con lo que la organización hizo o respondió.',
};
