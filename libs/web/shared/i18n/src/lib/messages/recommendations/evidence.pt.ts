import type { EN_EVIDENCE_MESSAGES } from './evidence.en';

/** Portuguese, evidence files on progress updates. */
export const PT_EVIDENCE_MESSAGES: Readonly<Record<keyof typeof EN_EVIDENCE_MESSAGES, string>> = {
  'recommendations.evidence.files.label': 'Ficheiros que mostram o trabalho (opcional)',
  'recommendations.evidence.files.hint': 'Até 3 ficheiros de 5 MB no máximo cada: PDF, PNG, JPEG, CSV, Word (DOCX), Excel (XLSX) ou texto OpenDocument (ODT). São juntados depois de a atualização ser publicada.',
  'recommendations.evidence.files.chosen': 'Ficheiros escolhidos',
  'recommendations.evidence.files.clear': 'Tirar os ficheiros escolhidos',
  'recommendations.evidence.files.tooMany': 'Escolha no máximo {max} ficheiros.',
  'recommendations.evidence.files.wrongType': '“{name}” não é um tipo de ficheiro que possamos aceitar. Use PDF, PNG, JPEG, CSV, DOCX, XLSX ou ODT.',
  'recommendations.evidence.files.tooLarge': '“{name}” tem mais de 5 MB.',
  'recommendations.evidence.files.empty': '“{name}” está vazio.',
  'recommendations.evidence.files.notAttached': 'A atualização foi publicada, mas não foi possível juntar estes ficheiros: {names}. Pode tentar de novo com o formulário abaixo, numa nova atualização.',
  'recommendations.evidence.heading': 'Ficheiros de prova',
  'recommendations.evidence.update': 'Atualização de {date} ({percent}% feito)',
  'recommendations.evidence.remove': 'Tirar',
  'recommendations.evidence.removeLabel': 'Tirar o ficheiro “{name}”',
};
