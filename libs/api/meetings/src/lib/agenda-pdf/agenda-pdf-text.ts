import type { AgendaItemKind, Locale } from '@cabinet/shared/contracts';

/** The words of the printed agenda, in each language Cabinet speaks. */
export interface AgendaPdfText {
  agenda: string;
  kinds: Record<AgendaItemKind, string>;
  minutes: (count: number) => string;
  presenter: (name: string) => string;
  total: (minutes: string, end: string) => string;
  overrun: (minutes: number) => string;
  empty: string;
}

export const AGENDA_PDF_TEXT: Record<Locale, AgendaPdfText> = {
  en: {
    agenda: 'Agenda',
    kinds: { information: 'Information', discussion: 'Discussion', decision: 'Decision' },
    minutes: (count) => `${count} min`,
    presenter: (name) => `Presented by ${name}`,
    total: (minutes, end) => `Total time: ${minutes}. Ends at ${end}.`,
    overrun: (minutes) => `This agenda runs ${minutes} min past the end of the meeting.`,
    empty: 'No items yet.',
  },
  pt: {
    agenda: 'Ordem de trabalhos',
    kinds: { information: 'Informação', discussion: 'Discussão', decision: 'Decisão' },
    minutes: (count) => `${count} min`,
    presenter: (name) => `Apresentado por ${name}`,
    total: (minutes, end) => `Tempo total: ${minutes}. Termina às ${end}.`,
    overrun: (minutes) => `Esta ordem de trabalhos passa ${minutes} min do fim da reunião.`,
    empty: 'Ainda não há pontos.',
  },
  es: {
    agenda: 'Orden del día',
    kinds: { information: 'Información', discussion: 'Debate', decision: 'Decisión' },
    minutes: (count) => `${count} min`,
    presenter: (name) => `Presenta: ${name}`,
    total: (minutes, end) => `Tiempo total: ${minutes}. Termina a las ${end}.`,
    overrun: (minutes) => `Este orden del día se pasa ${minutes} min del final de la reunión.`,
    empty: 'Todavía no hay puntos.',
  },
};
