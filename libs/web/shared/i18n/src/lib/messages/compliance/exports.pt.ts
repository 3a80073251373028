import type { EN_EXPORTS_MESSAGES } from './exports.en';

/** Portuguese, exportações: os resultados de um conselho em CSV, um dossiê de evidências em PDF. */
export const PT_EXPORTS_MESSAGES: Readonly<Record<keyof typeof EN_EXPORTS_MESSAGES, string>> = {
  'compliance.exports.heading': 'Exportar',
  'compliance.exports.intro':
    'Obtenha os resultados deste ano de relatório numa folha de cálculo (CSV), ou um dossiê de evidências (PDF) com os registos em que cada resultado assenta. O Cabinet faz o ficheiro em segundo plano e mostra-o na lista abaixo. Só a sua organização o pode descarregar.',
  'compliance.exports.noPeriod': 'Pode exportar quando o conselho tiver os primeiros resultados.',
  'compliance.exports.period': 'Ano de relatório',
  'compliance.exports.periodOption': '{from} a {to}',
  'compliance.exports.csv': 'Descarregar resultados (CSV)',
  'compliance.exports.pdf': 'Dossiê de evidências (PDF)',
  'compliance.exports.asked': 'O Cabinet está a fazer o seu ficheiro. Aparece na lista abaixo quando estiver pronto.',
  'compliance.exports.readyNotice': '{kind} de {period} está pronto a descarregar.',
  'compliance.exports.failedNotice': 'Não foi possível fazer {kind} de {period}.',
  'compliance.exports.periodRefused': 'O conselho ainda não tem resultados guardados para esse ano de relatório.',
  'compliance.exports.recent': 'Exportações recentes',
  'compliance.exports.none': 'Ainda não há exportações.',
  'compliance.exports.kind.results_csv': 'Resultados (CSV)',
  'compliance.exports.kind.evidence_pdf': 'Dossiê de evidências (PDF)',
  'compliance.exports.requested': 'Pedido a {when}.',
  'compliance.exports.status.queued': 'A ser feito…',
  'compliance.exports.status.failed': 'Não foi possível fazer. Peça de novo, por favor.',
  'compliance.exports.download': 'Descarregar {file}',
  'compliance.exports.auditHead': 'Topo da cadeia de auditoria quando foi feito: {hash}',
};
