import type { EN_EVIDENCE_MESSAGES } from './evidence.en';

/** Spanish, evidence files on progress updates. */
export const ES_EVIDENCE_MESSAGES: Readonly<Record<keyof typeof EN_EVIDENCE_MESSAGES, string>> = {
  'recommendations.evidence.files.label': 'Archivos que muestran el trabajo (opcional)',
  'recommendations.evidence.files.hint': 'Hasta 3 archivos de 5 MB como máximo cada uno: PDF, PNG, JPEG, CSV, Word (DOCX), Excel (XLSX) o texto OpenDocument (ODT). Se añaden después de publicar la actualización.',
  'recommendations.evidence.files.chosen': 'Archivos elegidos',
  'recommendations.evidence.files.clear': 'Quitar los archivos elegidos',
  'recommendations.evidence.files.tooMany': 'Elija como máximo {max} archivos.',
  'recommendations.evidence.files.wrongType': '“{name}” no es un tipo de archivo que podamos aceptar. Use PDF, PNG, JPEG, CSV, DOCX, XLSX u ODT.',
  'recommendations.evidence.files.tooLarge': '“{name}” pesa más de 5 MB.',
  'recommendations.evidence.files.empty': '“{name}” está vacío.',
  'recommendations.evidence.files.notAttached': 'La actualización se publicó, pero no se pudieron añadir estos archivos: {names}. Puede intentarlo de nuevo con el formulario de abajo, como una nueva actualización.',
  'recommendations.evidence.heading': 'Archivos de prueba',
  'recommendations.evidence.update': 'Actualización del {date} ({percent} % hecho)',
  'recommendations.evidence.remove': 'Quitar',
  'recommendations.evidence.removeLabel': 'Quitar el archivo “{name}”',
};
