import type { Locale } from '@cabinet/shared/contracts';
import type { Copy } from './copy';
import { longDate } from './dates';

/**
 * A reminder or an escalation about an agency's answer to a board's recommendation, or one
 * milestone of its plan. Only the board's name and the due day: never the recommendation's or the
 * milestone's words (a phone's lock screen shows the subject).
 */
export interface AccountabilityEmailData {
  boardName: string;
  about: 'response' | 'milestone';
  /** The due day, YYYY-MM-DD. */
  dueOn: string;
  /** soon: 7 days ahead; today; overdue: the day has passed. */
  when: 'soon' | 'today' | 'overdue';
  url: string;
}

type Words = (d: AccountabilityEmailData, date: string) => Copy;

const REMINDER: Record<Locale, Words> = {
  en: (d, date) => {
    const what = d.about === 'response' ? `The answer to a recommendation from ${d.boardName}` : `A step your organisation promised ${d.boardName}`;
    const due = d.when === 'soon' ? `is due on ${date}` : d.when === 'today' ? 'is due today' : `was due on ${date}`;
    const subject = d.when === 'overdue' ? `Overdue: ${d.boardName} is waiting` : `Due ${d.when === 'today' ? 'today' : `on ${date}`}: ${d.boardName}`;
    const ask = d.about === 'response' ? 'Please answer it: accept it, accept part of it or decline it, with your reasons, or ask the board a question.' : 'Please mark it done, or post an update that says where it stands.';
    return { subject, lines: [`${what} ${due}.`, ask, 'Seven days after the due day, your organisation’s managers are told, and the board puts it on its next agenda.'], action: { label: 'Open it', url: d.url } };
  },
  pt: (d, date) => {
    const what = d.about === 'response' ? `A resposta a uma recomendação de ${d.boardName}` : `Um passo que a sua organização prometeu a ${d.boardName}`;
    const due = d.when === 'soon' ? `termina a ${date}` : d.when === 'today' ? 'termina hoje' : `terminou a ${date}`;
    const subject = d.when === 'overdue' ? `Em atraso: ${d.boardName} está à espera` : `Prazo ${d.when === 'today' ? 'hoje' : `a ${date}`}: ${d.boardName}`;
    const ask = d.about === 'response' ? 'Responda: aceite-a, aceite parte dela ou recuse-a, com as suas razões, ou faça uma pergunta ao conselho.' : 'Marque-o como feito, ou publique uma atualização que diga em que ponto está.';
    return { subject, lines: [`${what} ${due}.`, ask, 'Sete dias depois do prazo, os responsáveis da sua organização são avisados e o conselho põe o assunto na próxima ordem de trabalhos.'], action: { label: 'Abrir', url: d.url } };
  },
  es: (d, date) => {
    const what = d.about === 'response' ? `La respuesta a una recomendación de ${d.boardName}` : `Un paso que tu organización prometió a ${d.boardName}`;
    const due = d.when === 'soon' ? `vence el ${date}` : d.when === 'today' ? 'vence hoy' : `venció el ${date}`;
    const subject = d.when === 'overdue' ? `Con retraso: ${d.boardName} está esperando` : `Vence ${d.when === 'today' ? 'hoy' : `el ${date}`}: ${d.boardName}`;
    const ask = d.about === 'response' ? 'Respóndela: acéptala, acepta una parte o recházala, con tus motivos, o haz una pregunta al consejo.' : 'Márcalo como hecho, o publica una actualización que diga cómo va.';
    return { subject, lines: [`${what} ${due}.`, ask, 'Siete días después del vencimiento, se avisa a la dirección de tu organización y el consejo lo pone en su próximo orden del día.'], action: { label: 'Abrir', url: d.url } };
  },
};

const ESCALATION: Record<Locale, Words> = {
  en: (d, date) => ({
    subject: `Late by a week: ${d.boardName} is still waiting`,
    lines: [
      d.about === 'response' ? `Your organisation has not answered a recommendation from ${d.boardName}. The answer was due on ${date}.` : `A step your organisation promised ${d.boardName} was due on ${date} and is not done.`,
      'You are told because you manage the service. The people named to answer were reminded. Please make sure someone answers, or says when it will be done.',
    ],
    action: { label: 'Open it', url: d.url },
  }),
  pt: (d, date) => ({
    subject: `Uma semana de atraso: ${d.boardName} continua à espera`,
    lines: [
      d.about === 'response' ? `A sua organização não respondeu a uma recomendação de ${d.boardName}. A resposta era devida a ${date}.` : `Um passo que a sua organização prometeu a ${d.boardName} terminava a ${date} e não está feito.`,
      'Recebe este aviso porque gere o serviço. As pessoas indicadas para responder já foram lembradas. Garanta que alguém responde, ou diz quando ficará feito.',
    ],
    action: { label: 'Abrir', url: d.url },
  }),
  es: (d, date) => ({
    subject: `Una semana de retraso: ${d.boardName} sigue esperando`,
    lines: [
      d.about === 'response' ? `Tu organización no ha respondido a una recomendación de ${d.boardName}. La respuesta vencía el ${date}.` : `Un paso que tu organización prometió a ${d.boardName} vencía el ${date} y no está hecho.`,
      'Recibes este aviso porque diriges el servicio. Ya se recordó a las personas indicadas para responder. Asegúrate de que alguien responda, o diga cuándo estará hecho.',
    ],
    action: { label: 'Abrir', url: d.url },
  }),
};

const byLocale = (words: Record<Locale, Words>): Record<Locale, (d: AccountabilityEmailData) => Copy> => ({
  en: (d) => words.en(d, longDate(d.dueOn, 'en')),
  pt: (d) => words.pt(d, longDate(d.dueOn, 'pt')),
  es: (d) => words.es(d, longDate(d.dueOn, 'es')),
});

export const ACCOUNTABILITY_COPY = {
  'accountability-reminder': byLocale(REMINDER),
  'accountability-escalation': byLocale(ESCALATION),
};
