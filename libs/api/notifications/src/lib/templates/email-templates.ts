import type { Locale } from '@cabinet/shared/contracts';
import { layout } from './html';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** The data each template needs. Subjects never name a health condition or say what a board is about. */
export interface EmailTemplateData {
  welcome: { displayName: string; signInUrl: string };
}

export type EmailTemplateName = keyof EmailTemplateData;

type Renderer<T> = (data: T, locale: Locale) => RenderedEmail;

const welcomeCopy: Record<Locale, (name: string) => { subject: string; lines: string[]; action: string }> = {
  en: (name) => ({
    subject: 'Welcome to Cabinet',
    lines: [`Hello ${name},`, 'Cabinet is ready for you. You can sign in with the button below.', 'If you did not expect this message, you can ignore it.'],
    action: 'Open Cabinet',
  }),
  pt: (name) => ({
    subject: 'Bem-vindo ao Cabinet',
    lines: [`Olá ${name},`, 'O Cabinet está pronto para si. Pode entrar com o botão abaixo.', 'Se não esperava esta mensagem, pode ignorá-la.'],
    action: 'Abrir o Cabinet',
  }),
  es: (name) => ({
    subject: 'Te damos la bienvenida a Cabinet',
    lines: [`Hola ${name}:`, 'Cabinet está listo para ti. Puedes entrar con el botón de abajo.', 'Si no esperabas este mensaje, puedes ignorarlo.'],
    action: 'Abrir Cabinet',
  }),
};

const RENDERERS: { [K in EmailTemplateName]: Renderer<EmailTemplateData[K]> } = {
  welcome: ({ displayName, signInUrl }, locale) => {
    const copy = welcomeCopy[locale](displayName);
    return {
      subject: copy.subject,
      text: `${copy.lines.join('\n\n')}\n\n${copy.action}: ${signInUrl}\n`,
      html: layout(locale, copy.subject, copy.lines, { label: copy.action, url: signInUrl }),
    };
  },
};

export function isEmailTemplateName(name: unknown): name is EmailTemplateName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(RENDERERS, name);
}

export function renderEmail<K extends EmailTemplateName>(template: K, data: EmailTemplateData[K], locale: Locale): RenderedEmail {
  return RENDERERS[template](data, locale);
}
