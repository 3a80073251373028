import type { EN_EXPORTS_MESSAGES } from './exports.en';

/** Spanish, exportaciones: los resultados de un consejo en CSV, un dosier de evidencias en PDF. */
export const ES_EXPORTS_MESSAGES: Readonly<Record<keyof typeof EN_EXPORTS_MESSAGES, string>> = {
  'compliance.exports.heading': 'Exportar',
  'compliance.exports.intro':
    'Obtén los resultados de este año de informe en una hoja de cálculo (CSV), o un dosier de evidencias (PDF) con los registros en los que se basa cada resultado. Cabinet hace el archivo en segundo plano y lo muestra en la lista de abajo. Solo tu organización puede descargarlo.',
  'compliance.exports.noPeriod': 'Puedes exportar cuando el consejo tenga sus primeros resultados.',
  'compliance.exports.period': 'Año de informe',
  'compliance.exports.periodOption': '{from} a {to}',
  'compliance.exports.csv': 'Descargar resultados (CSV)',
  'compliance.exports.pdf': 'Dosier de evidencias (PDF)',
  'compliance.exports.asked': 'Cabinet está haciendo tu archivo. Aparece en la lista de abajo cuando esté listo.',
  'compliance.exports.readyNotice': '{kind} de {period} está listo para descargar.',
  'compliance.exports.failedNotice': 'No se pudo hacer {kind} de {period}.',
  'compliance.exports.periodRefused': 'El consejo todavía no tiene resultados guardados para ese año de informe.',
  'compliance.exports.recent': 'Exportaciones recientes',
  'compliance.exports.none': 'Todavía no hay exportaciones.',
  'compliance.exports.kind.results_csv': 'Resultados (CSV)',
  'compliance.exports.kind.evidence_pdf': 'Dosier de evidencias (PDF)',
  'compliance.exports.requested': 'Pedido el {when}.',
  'compliance.exports.status.queued': 'Haciéndose…',
  'compliance.exports.status.failed': 'No se pudo hacer. Pídelo de nuevo, por favor.',
  'compliance.exports.download': 'Descargar {file}',
  'compliance.exports.auditHead': 'Cabeza de la cadena de auditoría al hacerlo: {hash}',
};
