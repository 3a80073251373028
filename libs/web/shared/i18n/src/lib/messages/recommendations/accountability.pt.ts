import type { EN_ACCOUNTABILITY_MESSAGES } from './accountability.en';

/** Portuguese, accountability measures. */
export const PT_ACCOUNTABILITY_MESSAGES: Readonly<Record<keyof typeof EN_ACCOUNTABILITY_MESSAGES, string>> = {
  'recommendations.measures.pageTitle': 'Indicadores de resposta',
  'recommendations.measures.link': 'Indicadores de resposta: como o conselho foi respondido',
  'recommendations.measures.back': 'Voltar às recomendações',
  'recommendations.measures.heading': 'Como o conselho foi respondido',
  'recommendations.measures.intro': 'Números de {board}: a rapidez com que o conselho leu as mensagens que recebeu e como a organização respondeu às recomendações do conselho. Sem nomes, só contagens.',

  'recommendations.measures.period.heading': 'Período',
  'recommendations.measures.period.presets': 'Escolhas rápidas',
  'recommendations.measures.preset.last90': 'Últimos 90 dias',
  'recommendations.measures.preset.thisQuarter': 'Este trimestre',
  'recommendations.measures.preset.lastQuarter': 'Trimestre passado',
  'recommendations.measures.preset.thisYear': 'Este ano',
  'recommendations.measures.period.from': 'Primeiro dia',
  'recommendations.measures.period.to': 'Último dia',
  'recommendations.measures.period.show': 'Mostrar estas datas',
  'recommendations.measures.showing': 'De {from} a {to}. Contado em {asOf}.',
  'recommendations.measures.error.order': 'O último dia tem de ser igual ao primeiro ou posterior.',
  'recommendations.measures.error.span': 'Escolha um período de 3 anos ou menos.',

  'recommendations.measures.noData': 'Ainda sem dados',
  'recommendations.measures.share': '{numerator} de {denominator} ({percent}%)',
  'recommendations.measures.days': '{days} dias',
  'recommendations.measures.dayOne': '1 dia',

  'recommendations.measures.input.heading': 'Mensagens de membros e da comunidade',
  'recommendations.measures.input.received': 'Mensagens recebidas',
  'recommendations.measures.input.received.definition': 'Mensagens que chegaram neste período.',
  'recommendations.measures.input.acknowledged': 'Mensagens lidas pelo conselho',
  'recommendations.measures.input.acknowledged.definition': 'Mensagens que o conselho marcou como lidas neste período, tenham chegado quando tiverem chegado. Conta qualquer primeiro passo: marcar como lida, pôr numa ordem de trabalhos, fazer uma recomendação, responder ou recusar.',
  'recommendations.measures.input.medianDays': 'Tempo habitual até ler',
  'recommendations.measures.input.medianDays.definition': 'Para as mensagens que chegaram neste período e foram lidas: o número do meio (mediana) dos dias que esperaram.',
  'recommendations.measures.input.onTime': 'Lidas a tempo',
  'recommendations.measures.input.onTime.definition': 'Das mensagens que chegaram neste período: quantas o conselho leu dentro dos seus {days} dias. As que ainda esperam depois disso estão atrasadas. As que ainda estão dentro do prazo ainda não contam.',

  'recommendations.measures.recommendations.heading': 'Recomendações à organização',
  'recommendations.measures.recommendations.sent': 'Recomendações enviadas',
  'recommendations.measures.recommendations.sent.definition': 'Recomendações que o conselho enviou à organização neste período.',
  'recommendations.measures.recommendations.medianDays': 'Tempo habitual de resposta',
  'recommendations.measures.recommendations.medianDays.definition':
    'Para as recomendações enviadas neste período e respondidas: o número do meio (mediana) dos dias entre o envio e a primeira resposta da organização (sim, em parte ou não). Uma pergunta ao conselho não é uma resposta.',
  'recommendations.measures.recommendations.onTime': 'Respondidas a tempo',
  'recommendations.measures.recommendations.onTime.definition':
    'Das recomendações enviadas neste período: quantas tiveram a primeira resposta até ao dia do prazo. Quando a organização faz uma pergunta ao conselho, o prazo passa para mais tarde tantos dias quantos esperou pelo conselho. Sem resposta depois do prazo conta como atrasada. As que ainda não chegaram ao prazo, ou esperam pelo conselho, ainda não contam.',
  'recommendations.measures.recommendations.implemented': 'Feitas',
  'recommendations.measures.recommendations.implemented.definition':
    'Das recomendações enviadas neste período que a organização aceitou fazer (no todo ou em parte): quantas deu como feitas, ou o conselho fechou como feitas. Uma que o conselho devolveu não está feita.',
  'recommendations.measures.recommendations.satisfied': 'Conselho satisfeito',
  'recommendations.measures.recommendations.satisfied.definition':
    'Das avaliações do conselho neste período, de qualquer recomendação: quantas vezes o conselho disse que estava satisfeito com o que a organização fez ou respondeu.',
};
