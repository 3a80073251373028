import type { EN_ANNUAL_REPORT_MESSAGES } from './annual-report.en';

/** Portuguese, relatório anual de um conselho: fazê-lo (em PDF) e registar o dia em que foi tornado público. */
export const PT_ANNUAL_REPORT_MESSAGES: Readonly<Record<keyof typeof EN_ANNUAL_REPORT_MESSAGES, string>> = {
  'compliance.annual.heading': 'Relatório anual',
  'compliance.annual.intro':
    'Um relatório sobre um ano do conselho: as reuniões, os membros, as recomendações e o que aconteceu a cada uma, e os resultados de conformidade, como pede o relatório anual dos PFAC do Massachusetts. Faça-o aqui, partilhe-o e depois registe o dia em que o tornou público.',
  'compliance.annual.year': 'Ano',
  'compliance.annual.make': 'Fazer o relatório anual (PDF)',
  'compliance.annual.asked': 'O Cabinet está a fazer o relatório. Aparece abaixo uma ligação para o descarregar quando estiver pronto.',
  'compliance.annual.readyNotice': 'O relatório anual de {year} está pronto a descarregar.',
  'compliance.annual.failedNotice': 'Não foi possível fazer o relatório anual de {year}.',
  'compliance.annual.files': 'Relatórios feitos',
  'compliance.annual.noFiles': 'Ainda não foi feito nenhum relatório anual.',
  'compliance.annual.fileItem': 'Relatório anual {year}',
  'compliance.annual.status.queued': 'A ser feito…',
  'compliance.annual.status.failed': 'Não foi possível fazer. Peça de novo, por favor.',
  'compliance.annual.download': 'Descarregar {file}',
  'compliance.annual.publish.heading': 'Registar como tornado público',
  'compliance.annual.publishedOn': 'Tornado público a',
  'compliance.annual.publishedOnHint': 'O primeiro dia em que as pessoas o puderam ler: no seu site, numa reunião, em papel.',
  'compliance.annual.record': 'Registar como tornado público',
  'compliance.annual.recordedNotice': 'Registado: o relatório de {year} foi tornado público a {day}. Os resultados de conformidade atualizam-se dentro de momentos.',
  'compliance.annual.recorded': 'Relatórios tornados públicos',
  'compliance.annual.none': 'Ainda não há nenhum relatório registado como tornado público.',
  'compliance.annual.recordedLine': 'Relatório de {year}: tornado público a {day}',
  'compliance.annual.withFile': 'feito com o Cabinet',
  'compliance.annual.refused.year': 'Este ano já tem um relatório registado como tornado público.',
  'compliance.annual.refused.future': 'Escolha hoje ou um dia anterior.',
  'compliance.annual.refused.beforeYear': 'Um relatório não pode ser tornado público antes de o seu ano começar.',
  'compliance.exports.kind.annual_report_pdf': 'Relatório anual (PDF)',
};
