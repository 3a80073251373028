import type { Locale } from '@cabinet/shared/contracts';
import { ACCOUNTABILITY_COPY, type AccountabilityEmailData } from './accountability-copy';
import { COMPLIANCE_COPY, type ComplianceWarningEmailData, type GrantInvitationEmailData } from './compliance-copy';
import type { Copy } from './copy';
import { DATE_LOCALE, longDate } from './dates';
import { layout } from './html';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The data each template needs. Subjects and previews never name a health condition or say what
 * a board is about: someone else may see the notification on the person's phone.
 */
export interface EmailTemplateData {
  welcome: { displayName: string; signInUrl: string };
  'verify-email': { displayName: string; url: string };
  'account-exists': { signInUrl: string; resetUrl: string };
  invitation: { organizationName: string; role: string; url: string };
  'password-reset': { url: string };
  'email-change': { displayName: string; url: string };
  /**
   * A board term ends soon. `endsOn` is a calendar date (YYYY-MM-DD), the last day of the term.
   * The member's version speaks to them; the managers' version names the member by display name.
   */
  'term-ending': TermEndingEmail;
  /** A host organisation invites another organisation to run a board together (a joint venture). */
  'board-partnership': { hostName: string; boardName: string; url: string };
  /** Someone applied through a board's public join page. Nothing about the applicant: it is in the app. */
  'board-application': { boardName: string; url: string };
  /**
   * A meeting was scheduled (one, or a series of `count`), moved or cancelled. `startsAt` is an
   * instant, written out in the board's `timeZone`. The meeting's own title stays out of the
   * subject: a title can say what the board is about.
   */
  'meeting-invitation': { boardName: string; change: 'scheduled' | 'moved' | 'cancelled'; startsAt: string; timeZone: string; count: number; place: string | null; online: boolean; url: string; answer?: AnswerLinks | null };
  /**
   * A reminder of a meeting still ahead (sent 7 days and 1 day before). Like the invitation: the
   * board's name, the time in the board's `timeZone`, the place; never the meeting's title.
   */
  'meeting-reminder': { boardName: string; startsAt: string; timeZone: string; place: string | null; online: boolean; url: string; answer?: AnswerLinks | null };
  /**
   * Draft minutes are ready for members' comments until `commentUntil` (an instant, written out in
   * the board's `timeZone`). Only the board's name: never the meeting's title or the minutes' text.
   */
  'minutes-circulated': { boardName: string; commentUntil: string; timeZone: string; url: string };
  /**
   * For a board's managers: a member's unexcused absences tripped the board's attendance rule
   * (more than allowed in `months` months). The name is in the body, never in the subject.
   */
  'standing-review': { boardName: string; memberName: string; absences: number; months: number; url: string };
  /** For a board's managers: input arrived (one email per input). Never its kind, words or sender: they are in the app. */
  'peer-input-received': { boardName: string; url: string };
  /**
   * For an agency's liaison: the board sent a recommendation for the organisation to answer by
   * `dueOn` (a calendar day). Only the board's name and the day: never the recommendation's words.
   */
  'recommendation-sent': { boardName: string; dueOn: string; url: string };
  /** For the liaisons: an answer or a milestone is due soon, today, or overdue. */
  'accountability-reminder': AccountabilityEmailData;
  /** For the agency's managers, 7 days after a missed due day. */
  'accountability-escalation': AccountabilityEmailData;
  /** For the address a funder named: a grant waits for the service organisation to accept it. */
  'grant-invitation': GrantInvitationEmailData;
  /** For a board's managers, once per rule and day: the board meets a rule today but will not after `fallsOn`. */
  'compliance-warning': ComplianceWarningEmailData;
}

/** "Yes / No / Maybe" links that answer a meeting invitation without signing in (each opens a page that asks to confirm). */
export interface AnswerLinks {
  yes: string;
  no: string;
  maybe: string;
}

const ANSWER_COPY: Record<Locale, { question: string; yes: string; no: string; maybe: string }> = {
  en: { question: 'Can you come? Answer with one click:', yes: 'Yes', no: 'No', maybe: 'Maybe' },
  pt: { question: 'Pode vir? Responda com um clique:', yes: 'Sim', no: 'Não', maybe: 'Talvez' },
  es: { question: '¿Puedes venir? Responde con un clic:', yes: 'Sí', no: 'No', maybe: 'Quizás' },
};

/** Adds the answer links, when the email has them, to a meeting email's copy. */
function withAnswers(copy: Copy, answer: AnswerLinks | null | undefined, locale: Locale): Copy {
  if (!answer) return copy;
  const words = ANSWER_COPY[locale];
  return { ...copy, choices: { question: words.question, links: (['yes', 'no', 'maybe'] as const).map((key) => ({ label: words[key], url: answer[key] })) } };
}

export type TermEndingEmail = { boardName: string; endsOn: string; url: string } & ({ forManager: false } | { forManager: true; memberName: string });


/** An instant written out in a zone and the reader's language: "Tuesday, 2 March 2027 at 18:30 GMT". */
export function longDateTime(iso: string, timeZone: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date) + ` (${timeZone.replace(/_/g, ' ')})`;
}

type MeetingEmail = EmailTemplateData['meeting-invitation'];
const MEETING_COPY: Record<Locale, (d: MeetingEmail, when: string) => Copy> = {
  en: (d, when) => {
    const where = d.place ? `Where: ${d.place}${d.online ? ', or online' : ''}.` : 'Where: online; the link is on the meeting page.';
    if (d.change === 'cancelled') return { subject: `Meeting cancelled: ${d.boardName}`, lines: [`The ${d.boardName} meeting on ${when} is cancelled${d.count > 1 ? `, with the ${d.count - 1} after it` : ''}.`, 'Your calendar will show it as cancelled if you add the attached file.'], action: { label: 'See the meeting', url: d.url } };
    const opening = d.change === 'moved' ? `The ${d.boardName} meeting has moved. It is now on ${when}.${d.count > 2 ? ` The ${d.count - 1} meetings after it have changed too.` : d.count === 2 ? ' The meeting after it has changed too.' : ''}` : d.count > 1 ? `${d.boardName} will meet ${d.count} times, starting on ${when}.` : `${d.boardName} will meet on ${when}.`;
    return { subject: d.change === 'moved' ? `Meeting moved: ${d.boardName}` : `Board meeting: ${d.boardName}`, lines: [opening, where, 'Add the attached file to your calendar, and tell the organisers if you can come and what you need to take part.'], action: { label: 'Answer and see details', url: d.url } };
  },
  pt: (d, when) => {
    const where = d.place ? `Onde: ${d.place}${d.online ? ', ou online' : ''}.` : 'Onde: online; a ligação está na página da reunião.';
    if (d.change === 'cancelled') return { subject: `Reunião cancelada: ${d.boardName}`, lines: [`A reunião de ${d.boardName} de ${when} foi cancelada${d.count > 1 ? `, assim como as ${d.count - 1} seguintes` : ''}.`, 'O seu calendário mostra-a como cancelada se adicionar o ficheiro anexo.'], action: { label: 'Ver a reunião', url: d.url } };
    const opening = d.change === 'moved' ? `A reunião de ${d.boardName} mudou. É agora a ${when}.${d.count > 2 ? ` As ${d.count - 1} reuniões seguintes também mudaram.` : d.count === 2 ? ' A reunião seguinte também mudou.' : ''}` : d.count > 1 ? `${d.boardName} vai reunir-se ${d.count} vezes, a começar a ${when}.` : `${d.boardName} vai reunir-se a ${when}.`;
    return { subject: d.change === 'moved' ? `Reunião alterada: ${d.boardName}` : `Reunião do conselho: ${d.boardName}`, lines: [opening, where, 'Adicione o ficheiro anexo ao seu calendário e diga à organização se pode vir e do que precisa para participar.'], action: { label: 'Responder e ver detalhes', url: d.url } };
  },
  es: (d, when) => {
    const where = d.place ? `Dónde: ${d.place}${d.online ? ', o en línea' : ''}.` : 'Dónde: en línea; el enlace está en la página de la reunión.';
    if (d.change === 'cancelled') return { subject: `Reunión cancelada: ${d.boardName}`, lines: [`La reunión de ${d.boardName} del ${when} se ha cancelado${d.count > 1 ? `, junto con las ${d.count - 1} siguientes` : ''}.`, 'Tu calendario la mostrará como cancelada si añades el archivo adjunto.'], action: { label: 'Ver la reunión', url: d.url } };
    const opening = d.change === 'moved' ? `La reunión de ${d.boardName} ha cambiado. Ahora es el ${when}.${d.count > 2 ? ` Las ${d.count - 1} reuniones siguientes también han cambiado.` : d.count === 2 ? ' La reunión siguiente también ha cambiado.' : ''}` : d.count > 1 ? `${d.boardName} se reunirá ${d.count} veces, a partir del ${when}.` : `${d.boardName} se reunirá el ${when}.`;
    return { subject: d.change === 'moved' ? `Reunión cambiada: ${d.boardName}` : `Reunión del consejo: ${d.boardName}`, lines: [opening, where, 'Añade el archivo adjunto a tu calendario y di a la organización si puedes venir y qué necesitas para participar.'], action: { label: 'Responder y ver detalles', url: d.url } };
  },
};

type ReminderEmail = EmailTemplateData['meeting-reminder'];
const REMINDER_COPY: Record<Locale, (d: ReminderEmail, when: string) => Copy> = {
  en: (d, when) => ({ subject: `Meeting reminder: ${d.boardName}`, lines: [`You have a board meeting: ${d.boardName}, ${when}, ${d.place ? `${d.place}${d.online ? ', or online' : ''}` : 'online'}.`, 'If you cannot come, or need something to take part, please tell the organisers.'], action: { label: 'See the meeting', url: d.url } }),
  pt: (d, when) => ({ subject: `Lembrete de reunião: ${d.boardName}`, lines: [`Tem uma reunião do conselho: ${d.boardName}, ${when}, ${d.place ? `${d.place}${d.online ? ', ou online' : ''}` : 'online'}.`, 'Se não puder vir, ou precisar de algo para participar, diga à organização.'], action: { label: 'Ver a reunião', url: d.url } }),
  es: (d, when) => ({ subject: `Recordatorio de reunión: ${d.boardName}`, lines: [`Tienes una reunión del consejo: ${d.boardName}, ${when}, ${d.place ? `${d.place}${d.online ? ', o en línea' : ''}` : 'en línea'}.`, 'Si no puedes venir, o necesitas algo para participar, díselo a la organización.'], action: { label: 'Ver la reunión', url: d.url } }),
};

export type EmailTemplateName = keyof EmailTemplateData;

type CopyByLocale<T> = Record<Locale, (data: T) => Copy>;

const COPY: { [K in EmailTemplateName]: CopyByLocale<EmailTemplateData[K]> } = {
  ...ACCOUNTABILITY_COPY,
  ...COMPLIANCE_COPY,
  welcome: {
    en: (d) => ({ subject: 'Welcome to Cabinet', lines: [`Hello ${d.displayName},`, 'Cabinet is ready for you. You can sign in with the button below.', 'If you did not expect this message, you can ignore it.'], action: { label: 'Open Cabinet', url: d.signInUrl } }),
    pt: (d) => ({ subject: 'Bem-vindo ao Cabinet', lines: [`Olá ${d.displayName},`, 'O Cabinet está pronto para si. Pode entrar com o botão abaixo.', 'Se não esperava esta mensagem, pode ignorá-la.'], action: { label: 'Abrir o Cabinet', url: d.signInUrl } }),
    es: (d) => ({ subject: 'Te damos la bienvenida a Cabinet', lines: [`Hola ${d.displayName}:`, 'Cabinet está listo para ti. Puedes entrar con el botón de abajo.', 'Si no esperabas este mensaje, puedes ignorarlo.'], action: { label: 'Abrir Cabinet', url: d.signInUrl } }),
  },
  'verify-email': {
    en: (d) => ({ subject: 'Confirm your email for Cabinet', lines: [`Hello ${d.displayName},`, 'Please confirm this is your email address. The link works once, for 24 hours.'], action: { label: 'Confirm my email', url: d.url } }),
    pt: (d) => ({ subject: 'Confirme o seu email no Cabinet', lines: [`Olá ${d.displayName},`, 'Confirme que este é o seu endereço de email. A ligação funciona uma vez, durante 24 horas.'], action: { label: 'Confirmar o meu email', url: d.url } }),
    es: (d) => ({ subject: 'Confirma tu correo para Cabinet', lines: [`Hola ${d.displayName}:`, 'Confirma que esta es tu dirección de correo. El enlace funciona una vez, durante 24 horas.'], action: { label: 'Confirmar mi correo', url: d.url } }),
  },
  'account-exists': {
    en: (d) => ({ subject: 'You already have a Cabinet account', lines: ['Someone tried to create a Cabinet account with this email address. You already have one.', `Sign in: ${d.signInUrl}`, 'Forgot your password? You can set a new one with the button below. If this was not you, you can ignore this message.'], action: { label: 'Set a new password', url: d.resetUrl } }),
    pt: (d) => ({ subject: 'Já tem uma conta no Cabinet', lines: ['Alguém tentou criar uma conta no Cabinet com este endereço de email. Já tem uma.', `Entrar: ${d.signInUrl}`, 'Esqueceu a palavra-passe? Pode definir uma nova com o botão abaixo. Se não foi você, pode ignorar esta mensagem.'], action: { label: 'Definir nova palavra-passe', url: d.resetUrl } }),
    es: (d) => ({ subject: 'Ya tienes una cuenta en Cabinet', lines: ['Alguien intentó crear una cuenta en Cabinet con esta dirección de correo. Ya tienes una.', `Entrar: ${d.signInUrl}`, '¿Olvidaste tu contraseña? Puedes crear una nueva con el botón de abajo. Si no fuiste tú, puedes ignorar este mensaje.'], action: { label: 'Crear una contraseña nueva', url: d.resetUrl } }),
  },
  invitation: {
    en: (d) => ({ subject: `You are invited to join ${d.organizationName} on Cabinet`, lines: [`${d.organizationName} invites you to join them on Cabinet as ${d.role}.`, 'The link works once, for 7 days.'], action: { label: 'Accept the invitation', url: d.url } }),
    pt: (d) => ({ subject: `Convite para se juntar a ${d.organizationName} no Cabinet`, lines: [`${d.organizationName} convida-o a juntar-se no Cabinet como ${d.role}.`, 'A ligação funciona uma vez, durante 7 dias.'], action: { label: 'Aceitar o convite', url: d.url } }),
    es: (d) => ({ subject: `Te invitan a unirte a ${d.organizationName} en Cabinet`, lines: [`${d.organizationName} te invita a unirte en Cabinet como ${d.role}.`, 'El enlace funciona una vez, durante 7 días.'], action: { label: 'Aceptar la invitación', url: d.url } }),
  },
  'password-reset': {
    en: (d) => ({ subject: 'Set a new password for Cabinet', lines: ['Someone asked to set a new password for your Cabinet account. The link works once, for 1 hour.', 'If this was not you, ignore this message: your password stays the same.'], action: { label: 'Set a new password', url: d.url } }),
    pt: (d) => ({ subject: 'Defina uma nova palavra-passe no Cabinet', lines: ['Alguém pediu uma nova palavra-passe para a sua conta no Cabinet. A ligação funciona uma vez, durante 1 hora.', 'Se não foi você, ignore esta mensagem: a sua palavra-passe não muda.'], action: { label: 'Definir nova palavra-passe', url: d.url } }),
    es: (d) => ({ subject: 'Crea una contraseña nueva para Cabinet', lines: ['Alguien pidió una contraseña nueva para tu cuenta de Cabinet. El enlace funciona una vez, durante 1 hora.', 'Si no fuiste tú, ignora este mensaje: tu contraseña no cambia.'], action: { label: 'Crear una contraseña nueva', url: d.url } }),
  },
  'email-change': {
    en: (d) => ({ subject: 'Confirm your new email for Cabinet', lines: [`Hello ${d.displayName},`, 'Please confirm this new email address for your Cabinet account. The link works once, for 24 hours.'], action: { label: 'Confirm my new email', url: d.url } }),
    pt: (d) => ({ subject: 'Confirme o seu novo email no Cabinet', lines: [`Olá ${d.displayName},`, 'Confirme este novo endereço de email para a sua conta no Cabinet. A ligação funciona uma vez, durante 24 horas.'], action: { label: 'Confirmar o novo email', url: d.url } }),
    es: (d) => ({ subject: 'Confirma tu nuevo correo para Cabinet', lines: [`Hola ${d.displayName}:`, 'Confirma esta nueva dirección de correo para tu cuenta de Cabinet. El enlace funciona una vez, durante 24 horas.'], action: { label: 'Confirmar mi nuevo correo', url: d.url } }),
  },
  // Only the board's name, a date and a display name: nothing about what the board works on.
  'meeting-invitation': {
    en: (d) => withAnswers(MEETING_COPY.en(d, longDateTime(d.startsAt, d.timeZone, 'en')), d.answer, 'en'),
    pt: (d) => withAnswers(MEETING_COPY.pt(d, longDateTime(d.startsAt, d.timeZone, 'pt')), d.answer, 'pt'),
    es: (d) => withAnswers(MEETING_COPY.es(d, longDateTime(d.startsAt, d.timeZone, 'es')), d.answer, 'es'),
  },
  'meeting-reminder': {
    en: (d) => withAnswers(REMINDER_COPY.en(d, longDateTime(d.startsAt, d.timeZone, 'en')), d.answer, 'en'),
    pt: (d) => withAnswers(REMINDER_COPY.pt(d, longDateTime(d.startsAt, d.timeZone, 'pt')), d.answer, 'pt'),
    es: (d) => withAnswers(REMINDER_COPY.es(d, longDateTime(d.startsAt, d.timeZone, 'es')), d.answer, 'es'),
  },
  'minutes-circulated': {
    en: (d) => ({ subject: `Minutes ready for comment: ${d.boardName}`, lines: [`The minutes of a ${d.boardName} meeting are ready for you to read.`, `If something is missing or wrong, you can comment until ${longDateTime(d.commentUntil, d.timeZone, 'en')}.`], action: { label: 'Read the minutes', url: d.url } }),
    pt: (d) => ({ subject: `Ata para comentar: ${d.boardName}`, lines: [`A ata de uma reunião de ${d.boardName} está pronta para ler.`, `Se faltar algo ou estiver errado, pode comentar até ${longDateTime(d.commentUntil, d.timeZone, 'pt')}.`], action: { label: 'Ler a ata', url: d.url } }),
    es: (d) => ({ subject: `Acta para comentar: ${d.boardName}`, lines: [`El acta de una reunión de ${d.boardName} está lista para leer.`, `Si falta algo o hay un error, puedes comentar hasta el ${longDateTime(d.commentUntil, d.timeZone, 'es')}.`], action: { label: 'Leer el acta', url: d.url } }),
  },
  'peer-input-received': {
    en: (d) => ({ subject: `New input for ${d.boardName}`, lines: [`Someone sent input to ${d.boardName}.`, 'It is waiting in the input queue. Please acknowledge it before its deadline: people who speak up and hear nothing rarely try again.'], action: { label: 'Open the input queue', url: d.url } }),
    pt: (d) => ({ subject: `Novo contributo para ${d.boardName}`, lines: [`Alguém enviou um contributo para ${d.boardName}.`, 'Está à espera na fila de contributos. Confirme a receção antes do prazo: quem fala e não recebe resposta raramente volta a tentar.'], action: { label: 'Abrir a fila de contributos', url: d.url } }),
    es: (d) => ({ subject: `Nueva aportación para ${d.boardName}`, lines: [`Alguien envió una aportación a ${d.boardName}.`, 'Espera en la cola de aportaciones. Confirma que la recibiste antes del plazo: quien habla y no recibe respuesta rara vez vuelve a intentarlo.'], action: { label: 'Abrir la cola de aportaciones', url: d.url } }),
  },
  'standing-review': {
    en: (d) => ({
      subject: `A standing review is due on ${d.boardName}`,
      lines: [`${d.memberName} has missed ${d.absences} meetings of ${d.boardName} without sending apologies in the last ${d.months} months. That is more than the board's attendance rule allows.`, 'Please talk with them before anything else: there may be a reason, and support may help them take part again.'],
      action: { label: 'See the board’s meetings', url: d.url },
    }),
    pt: (d) => ({
      subject: `Há uma revisão de assiduidade em ${d.boardName}`,
      lines: [`${d.memberName} faltou a ${d.absences} reuniões de ${d.boardName} sem justificação nos últimos ${d.months} meses. É mais do que a regra de assiduidade do conselho permite.`, 'Fale primeiro com esta pessoa: pode haver uma razão, e algum apoio pode ajudá-la a voltar a participar.'],
      action: { label: 'Ver as reuniões do conselho', url: d.url },
    }),
    es: (d) => ({
      subject: `Hay una revisión de asistencia en ${d.boardName}`,
      lines: [`${d.memberName} faltó a ${d.absences} reuniones de ${d.boardName} sin avisar en los últimos ${d.months} meses. Es más de lo que permite la regla de asistencia del consejo.`, 'Habla primero con esta persona: puede haber un motivo, y algo de apoyo puede ayudarla a volver a participar.'],
      action: { label: 'Ver las reuniones del consejo', url: d.url },
    }),
  },
  'recommendation-sent': {
    en: (d) => ({ subject: `A recommendation from ${d.boardName} needs your answer`, lines: [`${d.boardName} has sent your organisation a recommendation, and named you to answer it.`, `Please answer by ${longDate(d.dueOn, 'en')}: accept it, accept part of it or decline it, with your reasons, or ask the board a question.`], action: { label: 'Read the recommendation', url: d.url } }),
    pt: (d) => ({ subject: `Uma recomendação de ${d.boardName} aguarda a sua resposta`, lines: [`${d.boardName} enviou uma recomendação à sua organização e indicou-o para responder.`, `Responda até ${longDate(d.dueOn, 'pt')}: aceite-a, aceite parte dela ou recuse-a, com as suas razões, ou faça uma pergunta ao conselho.`], action: { label: 'Ler a recomendação', url: d.url } }),
    es: (d) => ({ subject: `Una recomendación de ${d.boardName} espera tu respuesta`, lines: [`${d.boardName} envió una recomendación a tu organización y te indicó para responderla.`, `Responde antes del ${longDate(d.dueOn, 'es')}: acéptala, acepta una parte o recházala, con tus motivos, o haz una pregunta al consejo.`], action: { label: 'Leer la recomendación', url: d.url } }),
  },
  'board-application': {
    en: (d) => ({ subject: `New application to join ${d.boardName}`, lines: [`Someone asked to join ${d.boardName} through its public join page.`, 'Their application is waiting in the review queue. Please answer them soon: people who reach out and hear nothing rarely try again.'], action: { label: 'Open the review queue', url: d.url } }),
    pt: (d) => ({ subject: `Novo pedido de adesão a ${d.boardName}`, lines: [`Alguém pediu para entrar em ${d.boardName} através da página pública de adesão.`, 'O pedido está à espera na fila de análise. Responda em breve: quem pede e não recebe resposta raramente volta a tentar.'], action: { label: 'Abrir a fila de análise', url: d.url } }),
    es: (d) => ({ subject: `Nueva solicitud para unirse a ${d.boardName}`, lines: [`Alguien pidió unirse a ${d.boardName} desde su página pública.`, 'Su solicitud espera en la cola de revisión. Responde pronto: quien pide y no recibe respuesta rara vez vuelve a intentarlo.'], action: { label: 'Abrir la cola de revisión', url: d.url } }),
  },
  'board-partnership': {
    en: (d) => ({ subject: `${d.hostName} invites you to run a board together on Cabinet`, lines: [`${d.hostName} invites your organisation to run "${d.boardName}" together with them, on an equal footing.`, 'An administrator of your organisation can accept with the button below, while signed in to Cabinet. The link works once, for 14 days.'], action: { label: 'See the invitation', url: d.url } }),
    pt: (d) => ({ subject: `${d.hostName} convida-vos a gerir um conselho em conjunto no Cabinet`, lines: [`${d.hostName} convida a sua organização a gerir "${d.boardName}" em conjunto, em pé de igualdade.`, 'Um administrador da sua organização pode aceitar com o botão abaixo, com sessão iniciada no Cabinet. A ligação funciona uma vez, durante 14 dias.'], action: { label: 'Ver o convite', url: d.url } }),
    es: (d) => ({ subject: `${d.hostName} os invita a dirigir un consejo juntos en Cabinet`, lines: [`${d.hostName} invita a tu organización a dirigir "${d.boardName}" juntos, en igualdad de condiciones.`, 'Una persona administradora de tu organización puede aceptar con el botón de abajo, con la sesión iniciada en Cabinet. El enlace funciona una vez, durante 14 días.'], action: { label: 'Ver la invitación', url: d.url } }),
  },
  'term-ending': {
    en: (d) => {
      const date = longDate(d.endsOn, 'en');
      return d.forManager
        ? { subject: `${d.memberName}'s term on ${d.boardName} ends on ${date}`, lines: [`${d.memberName}'s term on ${d.boardName} ends on ${date}.`, 'You may want to talk with them about a new term, or start looking for someone to take the seat.'], action: { label: 'Open their member page', url: d.url } }
        : { subject: `Your term on ${d.boardName} ends on ${date}`, lines: [`Your term on ${d.boardName} ends on ${date}.`, 'If you would like to serve another term, or have questions, please talk to the people who run the board.'], action: { label: 'See your membership', url: d.url } };
    },
    pt: (d) => {
      const date = longDate(d.endsOn, 'pt');
      return d.forManager
        ? { subject: `O mandato de ${d.memberName} em ${d.boardName} termina a ${date}`, lines: [`O mandato de ${d.memberName} em ${d.boardName} termina a ${date}.`, 'Pode falar com esta pessoa sobre um novo mandato, ou começar a procurar alguém para o lugar.'], action: { label: 'Abrir a página do membro', url: d.url } }
        : { subject: `O seu mandato em ${d.boardName} termina a ${date}`, lines: [`O seu mandato em ${d.boardName} termina a ${date}.`, 'Se quiser cumprir outro mandato, ou tiver dúvidas, fale com quem gere o conselho.'], action: { label: 'Ver a minha participação', url: d.url } };
    },
    es: (d) => {
      const date = longDate(d.endsOn, 'es');
      return d.forManager
        ? { subject: `El mandato de ${d.memberName} en ${d.boardName} termina el ${date}`, lines: [`El mandato de ${d.memberName} en ${d.boardName} termina el ${date}.`, 'Puedes hablar con esta persona sobre un nuevo mandato, o empezar a buscar a alguien para el puesto.'], action: { label: 'Abrir su página de miembro', url: d.url } }
        : { subject: `Tu mandato en ${d.boardName} termina el ${date}`, lines: [`Tu mandato en ${d.boardName} termina el ${date}.`, 'Si quieres cumplir otro mandato, o tienes preguntas, habla con quienes gestionan el consejo.'], action: { label: 'Ver mi participación', url: d.url } };
    },
  },
};

export function isEmailTemplateName(name: unknown): name is EmailTemplateName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(COPY, name);
}

export function renderEmail<K extends EmailTemplateName>(template: K, data: EmailTemplateData[K], locale: Locale): RenderedEmail {
  const copy = (COPY[template][locale] as (d: EmailTemplateData[K]) => Copy)(data);
  const choices = copy.choices ? `\n\n${copy.choices.question}\n${copy.choices.links.map((link) => `${link.label}: ${link.url}`).join('\n')}` : '';
  const action = copy.action ? `\n\n${copy.action.label}: ${copy.action.url}` : '';
  return {
    subject: copy.subject,
    text: `${copy.lines.join('\n\n')}${choices}${action}\n`,
    html: layout(locale, copy.subject, copy.lines, copy.action, copy.choices),
  };
}
