import type { EN_ANNUAL_REPORT_MESSAGES } from './annual-report.en';

/** Spanish, informe anual de un consejo: hacerlo (en PDF) y registrar el día en que se hizo público. */
export const ES_ANNUAL_REPORT_MESSAGES: Readonly<Record<keyof typeof EN_ANNUAL_REPORT_MESSAGES, string>> = {
  'compliance.annual.heading': 'Informe anual',
  'compliance.annual.intro':
    'Un informe sobre un año del consejo: sus reuniones, sus miembros, sus recomendaciones y qué pasó con cada una, y sus resultados de cumplimiento, como pide el informe anual de los PFAC de Massachusetts. Hágalo aquí, compártalo y luego registre el día en que lo hizo público.',
  'compliance.annual.year': 'Año',
  'compliance.annual.make': 'Hacer el informe anual (PDF)',
  'compliance.annual.asked': 'Cabinet está haciendo el informe. Abajo aparece un enlace para descargarlo cuando esté listo.',
  'compliance.annual.readyNotice': 'El informe anual de {year} está listo para descargar.',
  'compliance.annual.failedNotice': 'No se pudo hacer el informe anual de {year}.',
  'compliance.annual.files': 'Informes hechos',
  'compliance.annual.noFiles': 'Todavía no se ha hecho ningún informe anual.',
  'compliance.annual.fileItem': 'Informe anual {year}',
  'compliance.annual.status.queued': 'Haciéndose…',
  'compliance.annual.status.failed': 'No se pudo hacer. Pídalo de nuevo, por favor.',
  'compliance.annual.download': 'Descargar {file}',
  'compliance.annual.publish.heading': 'Registrar como hecho público',
  'compliance.annual.publishedOn': 'Hecho público el',
  'compliance.annual.publishedOnHint': 'El primer día en que la gente pudo leerlo: en su web, en una reunión, en papel.',
  'compliance.annual.record': 'Registrar como hecho público',
  'compliance.annual.recordedNotice': 'Registrado: el informe de {year} se hizo público el {day}. Los resultados de cumplimiento se actualizan en un momento.',
  'compliance.annual.recorded': 'Informes hechos públicos',
  'compliance.annual.none': 'Todavía no hay ningún informe registrado como hecho público.',
  'compliance.annual.recordedLine': 'Informe de {year}: hecho público el {day}',
  'compliance.annual.withFile': 'hecho con Cabinet',
  'compliance.annual.refused.year': 'Este año ya tiene un informe registrado como hecho público.',
  'compliance.annual.refused.future': 'Elija hoy o un día anterior.',
  'compliance.annual.refused.beforeYear': 'Un informe no puede hacerse público antes de que empiece su año.',
  'compliance.exports.kind.annual_report_pdf': 'Informe anual (PDF)',
};
