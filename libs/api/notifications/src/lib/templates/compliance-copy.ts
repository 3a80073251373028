import type { Locale } from '@cabinet/shared/contracts';
import type { Copy } from './copy';
import { longDate } from './dates';

/**
 * A funder's grant waiting for the service organisation to accept it. The funder's name and the
 * grant's title only: what the grant pays for stays in Cabinet, behind sign-in.
 */
export interface GrantInvitationEmailData {
  funderName: string;
  grantTitle: string;
  url: string;
}

/**
 * What puts a rule at risk, one code per rule kind that can be: not enough meetings ahead, members'
 * terms ending, minutes or an answer to a recommendation due, the annual report due, meetings
 * still without minutes. Never which group a share counts (that can say what the board is about).
 */
export type ComplianceWarningReason = 'meetings' | 'composition' | 'minutes' | 'response' | 'report' | 'retention';

/**
 * For a board's managers: a rule the board meets today will not be met after `fallsOn` (a
 * calendar day, YYYY-MM-DD) as things stand. The board's name, the day and the reason in plain
 * words only; the rule and its evidence are on the board's compliance page.
 */
export interface ComplianceWarningEmailData {
  boardName: string;
  reason: ComplianceWarningReason;
  fallsOn: string;
  url: string;
}

interface WarningWords {
  subject: (board: string, date: string) => string;
  opening: (board: string, date: string, why: string) => string;
  reasons: Record<ComplianceWarningReason, { why: string; act: string }>;
  closing: string;
  label: string;
}

const WARNING: Record<Locale, WarningWords> = {
  en: {
    subject: (board, date) => `Action needed by ${date}: ${board}`,
    opening: (board, date, why) => `As things stand, ${board} will no longer meet one of its rules after ${date}: ${why}.`,
    reasons: {
      meetings: { why: 'not enough meetings are scheduled', act: 'Please schedule a meeting to be held by then.' },
      composition: { why: 'members’ terms end', act: 'Please renew a term or welcome a new member by then.' },
      minutes: { why: 'minutes are due', act: 'Please finish the minutes by then.' },
      response: { why: 'an answer to a recommendation is due', act: 'Please make sure the organisation answers by then.' },
      report: { why: 'the annual report is due', act: 'Please publish the report by then.' },
      retention: { why: 'some meetings have no minutes yet', act: 'Please write the missing minutes by then.' },
    },
    closing: 'The board’s compliance page shows the rule and what it rests on.',
    label: 'See the board’s compliance',
  },
  pt: {
    subject: (board, date) => `Ação necessária até ${date}: ${board}`,
    opening: (board, date, why) => `Tal como as coisas estão, ${board} deixa de cumprir uma das suas regras depois de ${date}: ${why}.`,
    reasons: {
      meetings: { why: 'não há reuniões suficientes marcadas', act: 'Marque uma reunião que se realize até essa data.' },
      composition: { why: 'há mandatos de membros a terminar', act: 'Renove um mandato ou acolha um novo membro até essa data.' },
      minutes: { why: 'o prazo de uma ata está a terminar', act: 'Conclua a ata até essa data.' },
      response: { why: 'o prazo de resposta a uma recomendação está a terminar', act: 'Garanta que a organização responde até essa data.' },
      report: { why: 'o prazo do relatório anual está a chegar', act: 'Publique o relatório até essa data.' },
      retention: { why: 'há reuniões ainda sem ata', act: 'Escreva as atas em falta até essa data.' },
    },
    closing: 'A página de conformidade do conselho mostra a regra e aquilo em que se baseia.',
    label: 'Ver a conformidade do conselho',
  },
  es: {
    subject: (board, date) => `Acción necesaria a más tardar el ${date}: ${board}`,
    opening: (board, date, why) => `Tal como están las cosas, ${board} dejará de cumplir una de sus reglas después del ${date}: ${why}.`,
    reasons: {
      meetings: { why: 'no hay suficientes reuniones programadas', act: 'Programa una reunión que se celebre a más tardar ese día.' },
      composition: { why: 'terminan mandatos de miembros', act: 'Renueva un mandato o da la bienvenida a un nuevo miembro a más tardar ese día.' },
      minutes: { why: 'vence el plazo de un acta', act: 'Termina el acta a más tardar ese día.' },
      response: { why: 'vence el plazo para responder a una recomendación', act: 'Asegúrate de que la organización responda a más tardar ese día.' },
      report: { why: 'vence el plazo del informe anual', act: 'Publica el informe a más tardar ese día.' },
      retention: { why: 'hay reuniones todavía sin acta', act: 'Escribe las actas que faltan a más tardar ese día.' },
    },
    closing: 'La página de cumplimiento del consejo muestra la regla y en qué se basa.',
    label: 'Ver el cumplimiento del consejo',
  },
};

function warning(locale: Locale): (d: ComplianceWarningEmailData) => Copy {
  const words = WARNING[locale];
  return (d) => {
    const date = longDate(d.fallsOn, locale);
    const reason = words.reasons[d.reason];
    return { subject: words.subject(d.boardName, date), lines: [words.opening(d.boardName, date, reason.why), reason.act, words.closing], action: { label: words.label, url: d.url } };
  };
}

export const COMPLIANCE_COPY = {
  'grant-invitation': {
    en: (d: GrantInvitationEmailData): Copy => ({
      subject: `${d.funderName} asks you to link a grant in Cabinet`,
      lines: [
        `${d.funderName} recorded the grant "${d.grantTitle}" for your organisation in Cabinet.`,
        'If you accept, you choose which of your boards it covers, and the funder sees how those boards meet the grant’s rules: results only, never names or contact details.',
        'An admin or service manager of your organisation can accept or decline. The link works for 30 days.',
      ],
      action: { label: 'See the grant', url: d.url },
    }),
    pt: (d: GrantInvitationEmailData): Copy => ({
      subject: `${d.funderName} pede-lhe que associe um financiamento no Cabinet`,
      lines: [
        `${d.funderName} registou o financiamento "${d.grantTitle}" para a sua organização no Cabinet.`,
        'Se aceitar, escolhe os conselhos que ele abrange, e o financiador vê como esses conselhos cumprem as regras do financiamento: só resultados, nunca nomes nem contactos.',
        'Uma pessoa administradora ou gestora de serviço da sua organização pode aceitar ou recusar. A ligação funciona durante 30 dias.',
      ],
      action: { label: 'Ver o financiamento', url: d.url },
    }),
    es: (d: GrantInvitationEmailData): Copy => ({
      subject: `${d.funderName} te pide vincular una subvención en Cabinet`,
      lines: [
        `${d.funderName} registró la subvención "${d.grantTitle}" para tu organización en Cabinet.`,
        'Si la aceptas, eliges qué consejos cubre, y el financiador ve cómo esos consejos cumplen las reglas de la subvención: solo resultados, nunca nombres ni datos de contacto.',
        'Una persona administradora o gestora de servicio de tu organización puede aceptarla o rechazarla. El enlace funciona durante 30 días.',
      ],
      action: { label: 'Ver la subvención', url: d.url },
    }),
  } satisfies Record<Locale, (d: GrantInvitationEmailData) => Copy>,
  'compliance-warning': { en: warning('en'), pt: warning('pt'), es: warning('es') } satisfies Record<Locale, (d: ComplianceWarningEmailData) => Copy>,
};
