import type { Locale } from '@cabinet/shared/contracts';
import { type PdfBlock, renderPdf } from '../pdf/pdf-document';

const LABELS: Record<Locale, { summary: string; draft: string; circulated: string; approved: string; published: string; publicVersion: string }> = {
  en: { summary: 'Summary', draft: 'Draft minutes', circulated: 'Draft minutes, circulated for comment', approved: 'Approved minutes', published: 'Published minutes', publicVersion: 'Public version: some sections are left out.' },
  pt: { summary: 'Resumo', draft: 'Rascunho da ata', circulated: 'Rascunho da ata, em circulação para comentários', approved: 'Ata aprovada', published: 'Ata publicada', publicVersion: 'Versão pública: algumas secções não são mostradas.' },
  es: { summary: 'Resumen', draft: 'Borrador del acta', circulated: 'Borrador del acta, en circulación para comentarios', approved: 'Acta aprobada', published: 'Acta publicada', publicVersion: 'Versión pública: algunas secciones no se muestran.' },
};

export interface MinutesPdfContent {
  meetingTitle: string;
  meetingStartsAt: Date;
  timeZone: string;
  status: 'draft' | 'circulated' | 'approved' | 'published';
  summary: string | null;
  body: string;
  /** The public version: says that sections were left out when some were. */
  redacted: boolean;
}

const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', pt: 'pt-PT', es: 'es-ES' };

/** Minutes as a printable PDF: their state and date, the plain-language summary, then the text. */
export function minutesPdf(content: MinutesPdfContent, locale: Locale): Promise<Buffer> {
  const labels = LABELS[locale];
  const date = new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: 'long', timeZone: content.timeZone }).format(content.meetingStartsAt);
  const blocks: PdfBlock[] = [{ kind: 'meta', text: `${labels[content.status]} · ${date}` }];
  if (content.redacted) blocks.push({ kind: 'meta', text: labels.publicVersion });
  if (content.summary) blocks.push({ kind: 'subheading', text: labels.summary }, { kind: 'paragraph', text: content.summary });
  blocks.push({ kind: 'markdown', text: content.body });
  return renderPdf({ title: content.meetingTitle, lang: locale, blocks });
}

/** A file name from the meeting's date only: a title can say what the board is about. */
export const minutesFileName = (startsAt: Date, timeZone: string): string =>
  `minutes-${new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone }).format(startsAt)}.pdf`;
