import type { EN_PORTFOLIO_MESSAGES } from './portfolio.en';

/** Portuguese, portfolio: os conselhos que as subvenções de um financiador cobrem, só para leitura. */
export const PT_PORTFOLIO_MESSAGES: Readonly<Record<keyof typeof EN_PORTFOLIO_MESSAGES, string>> = {
  'shell.nav.portfolio': 'Portefólio',

  'portfolio.pageTitle': 'Portefólio',
  'portfolio.heading': 'Portefólio',
  'portfolio.intro': 'Os conselhos que as suas subvenções cobrem, e como cada um cumpre as regras da sua subvenção. O Cabinet verifica-os a partir do que os conselhos registam; pode ler, não alterar.',
  'portfolio.empty': 'Ainda não há conselhos: uma subvenção aparece aqui quando a organização a aceitar.',
  'portfolio.grantsLink': 'Ver as suas subvenções',

  'portfolio.summary.heading': 'Resumo',
  'portfolio.summary.boards': 'Conselhos',
  'portfolio.summary.pass': 'Regras cumpridas',
  'portfolio.summary.fail': 'Regras não cumpridas',
  'portfolio.summary.atRisk': 'Regras em risco',
  'portfolio.summary.notEnoughData': 'Regras sem dados suficientes',
  'portfolio.refresh': 'Procurar resultados novos',
  'portfolio.refreshing': 'A procurar resultados novos…',
  'portfolio.refreshed': 'Os resultados estão atualizados.',

  'portfolio.board.organization': 'Organização',
  'portfolio.board.grant': 'Subvenção',
  'portfolio.board.counts': 'Cumpridas: {pass}. Não cumpridas: {fail}. Em risco: {atRisk}. Dados insuficientes: {notEnoughData}.',
  'portfolio.board.open': 'Ver os registos',
  'portfolio.board.pageTitle': 'Um conselho do seu portefólio',
  'portfolio.board.back': 'Voltar ao portefólio',
  'portfolio.board.intro': 'Cada regra com os registos em que o seu resultado se baseia. Os membros aparecem com o nome que escolheram mostrar e o seu lugar.',
  'portfolio.board.noPacks': 'Ainda não se aplica nenhum pacote a este conselho.',
  'portfolio.board.notFound': 'Este conselho não está no seu portefólio. A subvenção pode ter sido retirada, ou a organização ainda não a aceitou.',

  'portfolio.pack.period': 'Versão {version}. Ano de relatório de {from} a {to}, verificado em {checked}.',
  'portfolio.pack.notChecked': 'Versão {version}. Ainda não verificado: os resultados costumam aparecer um minuto depois de a organização aceitar.',

  'portfolio.withheld': 'Não mostrado: a proporção apontaria para menos de 5 pessoas.',
  'portfolio.withheld.hint': 'O Cabinet não mostra contagens tão pequenas fora do conselho, para que ninguém possa ser reconhecido.',

  'portfolio.trend.caption': 'Regras por resultado em cada ano de relatório: {pack}, {board}',
  'portfolio.trend.soFar': '{year}, até agora',
  'portfolio.trend.soFarNote': 'Este ano até agora',

  'portfolio.audit.heading': 'Registo de auditoria',
  'portfolio.audit.intro': 'O que ficou registado sobre este conselho, do mais recente para o mais antigo: só ações e horas, nunca nomes. O registo de cada organização é verificado desde a primeira entrada.',
  'portfolio.audit.chainValid': '{organization}: o registo está íntegro ({count} entradas verificadas). Hash da última entrada: {hash}',
  'portfolio.audit.chainBroken': '{organization}: o registo não está íntegro. Peça explicações à organização. Último hash válido: {hash}',
  'portfolio.audit.when': 'Quando',
  'portfolio.audit.organization': 'Organização',
  'portfolio.audit.action': 'O que aconteceu',
  'portfolio.audit.subject': 'Sobre',
  'portfolio.audit.empty': 'Ainda não há nada registado sobre este conselho.',
  'portfolio.audit.error': 'Não foi possível carregar o registo de auditoria. Tente daqui a pouco.',
};
