import { In, type EntityManager } from 'typeorm';
import { BoardMember, SeatType } from '@cabinet/api/boards';
import type { Locale, MeetingFormat } from '@cabinet/shared/contracts';
import { AgendaItem } from '../entities/agenda-item.entity';
import type { Meeting } from '../entities/meeting.entity';
import { MeetingAttendance } from '../entities/meeting-attendance.entity';
import { MeetingRsvp } from '../entities/meeting-rsvp.entity';
import { Motion } from '../entities/motion.entity';

/** What the first draft of a meeting's minutes is written from: plain data, no database. */
export interface MinutesPrefillData {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: MeetingFormat;
  location: string | null;
  /** Display names (or seats, for members listed by role only) of the members who said they would come. */
  expected: string[];
  /** The accepted agenda, in its running order. */
  agenda: Array<{ title: string; kind: string; presenter: string | null }>;
  /** Who was there, once attendance is recorded (display names, or seats as above). */
  attendance?: Array<{ displayName: string; status: 'present' | 'remote' | 'excused' | 'absent' }>;
  /** Motions put to the meeting, with their result. */
  motions?: Array<{ text: string; item: string | null; status: string; totals: { for: number; against: number; abstain: number } | null }>;
}

interface Words {
  when: string;
  where: string;
  online: string;
  hybrid: (place: string) => string;
  expected: string;
  nobody: string;
  attendance: string;
  statuses: Record<'present' | 'remote' | 'excused' | 'absent', string>;
  presenter: string;
  notes: string;
  motions: string;
  result: (status: string, totals: string) => string;
  totals: (t: { for: number; against: number; abstain: number }) => string;
  other: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    when: 'When', where: 'Where', online: 'Online', hybrid: (p) => `${p}, and online`, expected: 'Said they would come', nobody: 'Nobody answered yet.',
    attendance: 'Attendance', statuses: { present: 'Present', remote: 'Joined online', excused: 'Excused', absent: 'Absent' },
    presenter: 'Presented by', notes: '_Write what was said and decided._', motions: 'Motions',
    result: (s, t) => `Result: ${s}${t}`, totals: (t) => ` (for ${t.for}, against ${t.against}, abstain ${t.abstain})`, other: 'Any other business',
  },
  pt: {
    when: 'Quando', where: 'Onde', online: 'Online', hybrid: (p) => `${p}, e online`, expected: 'Disseram que vinham', nobody: 'Ainda ninguém respondeu.',
    attendance: 'Presenças', statuses: { present: 'Presente', remote: 'Online', excused: 'Justificou a ausência', absent: 'Ausente' },
    presenter: 'Apresentado por', notes: '_Escreva o que foi dito e decidido._', motions: 'Propostas',
    result: (s, t) => `Resultado: ${s}${t}`, totals: (t) => ` (a favor ${t.for}, contra ${t.against}, abstenções ${t.abstain})`, other: 'Outros assuntos',
  },
  es: {
    when: 'Cuándo', where: 'Dónde', online: 'En línea', hybrid: (p) => `${p}, y en línea`, expected: 'Dijeron que vendrían', nobody: 'Nadie ha respondido aún.',
    attendance: 'Asistencia', statuses: { present: 'Presente', remote: 'En línea', excused: 'Ausencia justificada', absent: 'Ausente' },
    presenter: 'Presenta', notes: '_Escribe lo que se dijo y se decidió._', motions: 'Mociones',
    result: (s, t) => `Resultado: ${s}${t}`, totals: (t) => ` (a favor ${t.for}, en contra ${t.against}, abstenciones ${t.abstain})`, other: 'Otros asuntos',
  },
};

const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', pt: 'pt-PT', es: 'es-ES' };

/** A heading's text on one line, without Markdown that would change the document's structure. */
const inline = (text: string): string => text.replace(/\s+/g, ' ').replace(/^#+\s*/, '').trim();

/**
 * The first draft of the minutes as Markdown: the meeting's title, date and time in the board's
 * zone, place, who said they would come, then one `## ` section per accepted agenda item (with
 * its motions when there are any), attendance once recorded, and room for any other business.
 */
export function prefillMinutes(data: MinutesPrefillData, locale: Locale = 'en'): string {
  const w = WORDS[locale];
  const format = (date: Date, style: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(DATE_LOCALE[locale], { ...style, timeZone: data.timeZone }).format(date);
  const when = `${format(data.startsAt, { dateStyle: 'full', timeStyle: 'short' })} – ${format(data.endsAt, { timeStyle: 'short' })} (${data.timeZone.replace(/_/g, ' ')})`;
  const where = data.format === 'online' ? w.online : data.format === 'hybrid' ? w.hybrid(data.location ?? '') : (data.location ?? '');
  const lines = [`# ${inline(data.title)}`, '', `**${w.when}:** ${when}  `, `**${w.where}:** ${inline(where)}`, ''];

  if (data.attendance?.length) {
    lines.push(`## ${w.attendance}`, '');
    for (const status of ['present', 'remote', 'excused', 'absent'] as const) {
      const names = data.attendance.filter((a) => a.status === status).map((a) => inline(a.displayName));
      if (names.length) lines.push(`- ${w.statuses[status]}: ${names.join(', ')}`);
    }
    lines.push('');
  } else {
    lines.push(`**${w.expected}:** ${data.expected.length ? data.expected.map(inline).join(', ') : w.nobody}`, '');
  }

  const motions = data.motions ?? [];
  for (const item of data.agenda) {
    lines.push(`## ${inline(item.title)}`, '');
    if (item.presenter) lines.push(`${w.presenter} ${inline(item.presenter)}.`, '');
    lines.push(w.notes, '');
    for (const motion of motions.filter((one) => one.item === item.title)) lines.push(...motionLines(motion, w));
  }
  const unplaced = motions.filter((motion) => !data.agenda.some((item) => item.title === motion.item));
  if (unplaced.length) {
    lines.push(`## ${w.motions}`, '');
    for (const motion of unplaced) lines.push(...motionLines(motion, w));
  }
  lines.push(`## ${w.other}`, '', w.notes, '');
  return lines.join('\n');
}

function motionLines(motion: NonNullable<MinutesPrefillData['motions']>[number], w: Words): string[] {
  return [`> ${inline(motion.text)}`, '', w.result(motion.status, motion.totals ? w.totals(motion.totals) : ''), ''];
}

/** Reads what the draft is written from, in the caller's transaction. */
export async function loadPrefillData(m: EntityManager, meeting: Meeting): Promise<MinutesPrefillData> {
  const yes = await m.find(MeetingRsvp, { where: { meetingId: meeting.id, response: 'yes' } });
  const attendance = await m.find(MeetingAttendance, { where: { meetingId: meeting.id } });
  const memberIds = [...new Set([...yes.map((r) => r.memberId), ...attendance.map((a) => a.memberId)])];
  const members = memberIds.length ? await m.find(BoardMember, { where: { id: In(memberIds) }, order: { displayName: 'ASC' } }) : [];
  // Minutes are published: a member listed by role only appears by their seat, never by name.
  const seats = new Map((await m.find(SeatType, { where: { boardId: meeting.boardId } })).map((seat) => [seat.id, seat.name]));
  const name = new Map(members.map((member) => [member.id, member.listedByRoleOnly ? (seats.get(member.seatTypeId) ?? '') : member.displayName]));
  const agenda = await m.find(AgendaItem, { where: { meetingId: meeting.id, status: 'accepted' }, order: { position: 'ASC' } });
  const motions = await m.find(Motion, { where: { meetingId: meeting.id, status: In(['carried', 'failed']) }, order: { openedAt: 'ASC' } });
  const itemTitle = new Map(agenda.map((item) => [item.id, item.title]));
  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    format: meeting.format,
    location: meeting.location,
    expected: members.filter((member) => yes.some((r) => r.memberId === member.id)).map((member) => name.get(member.id) ?? '').filter(Boolean),
    agenda: agenda.map((item) => ({ title: item.title, kind: item.kind, presenter: item.presenter })),
    attendance: attendance
      .map((a) => ({ displayName: name.get(a.memberId) ?? '', status: a.status }))
      .filter((a) => a.displayName)
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    motions: motions.map((motion) => ({
      text: motion.text,
      item: itemTitle.get(motion.agendaItemId) ?? null,
      status: motion.status,
      // A secret ballot's totals are still totals: no vote is tied to a voter.
      totals: { for: motion.votesFor, against: motion.votesAgainst, abstain: motion.votesAbstain },
    })),
  };
}
