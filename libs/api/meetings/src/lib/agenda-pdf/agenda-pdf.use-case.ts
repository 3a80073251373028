import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaView, Locale } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { loadAgenda } from '../agenda/agenda-view';
import { type PdfBlock, renderPdf } from '../pdf/pdf-document';
import { AGENDA_PDF_TEXT } from './agenda-pdf-text';

export interface AgendaPdf {
  filename: string;
  pdf: Buffer;
}

/**
 * The running order on paper, in the meeting's time zone. For the people who may see the agenda
 * (organisers, and members once it is published); for anyone else it does not exist.
 */
@Injectable()
export class AgendaPdfUseCase {
  constructor(private readonly db: Db) {}

  async execute(auth: InOrganization, boardId: string, meetingId: string, locale: Locale, now = new Date()): Promise<AgendaPdf> {
    const { agenda, boardName } = await this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      return { agenda: await loadAgenda(m, access, await findMeeting(m, boardId, meetingId), now), boardName: access.board.name };
    });
    if (!agenda.visible) throw DomainError.notFound('This agenda');
    const day = agenda.meetingStartsAt.slice(0, 10);
    return { filename: `agenda-${day}.pdf`, pdf: await renderPdf({ title: `${agenda.meetingTitle}: ${AGENDA_PDF_TEXT[locale].agenda}`, lang: locale, blocks: agendaBlocks(agenda, boardName, locale) }) };
  }
}

/** Title, board, date and time, then each item with its start, kind, time and presenter. */
export function agendaBlocks(agenda: AgendaView, boardName: string, locale: Locale): PdfBlock[] {
  const text = AGENDA_PDF_TEXT[locale];
  const time = new Intl.DateTimeFormat(locale, { timeZone: agenda.timeZone, timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { timeZone: agenda.timeZone, dateStyle: 'full', timeStyle: 'short' });
  // Plain spaces: some ICU versions put narrow no-break spaces in times, which the PDF font lacks.
  const plain = (value: string) => value.replace(/\s/g, ' ');
  const at = (iso: string) => plain(time.format(new Date(iso)));
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: `${text.agenda}: ${agenda.meetingTitle}` },
    { kind: 'meta', text: boardName },
    { kind: 'meta', text: `${plain(date.format(new Date(agenda.meetingStartsAt)))} – ${at(agenda.meetingEndsAt)} (${agenda.timeZone})` },
  ];
  if (!agenda.items.length) blocks.push({ kind: 'paragraph', text: text.empty });
  agenda.items.forEach((item, index) => {
    blocks.push({ kind: 'subheading', text: `${index + 1}. ${at(item.startsAt)}  ${item.title}` });
    const facts = [text.kinds[item.kind], text.minutes(item.durationMinutes), ...(item.presenter ? [text.presenter(item.presenter)] : [])];
    blocks.push({ kind: 'meta', text: facts.join(' · ') });
    if (item.details) blocks.push({ kind: 'paragraph', text: item.details });
  });
  blocks.push({ kind: 'paragraph', text: text.total(duration(agenda.totalMinutes), at(agenda.endsAt)) });
  if (agenda.overrunMinutes > 0) blocks.push({ kind: 'paragraph', text: text.overrun(agenda.overrunMinutes) });
  return blocks;
}

function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}
