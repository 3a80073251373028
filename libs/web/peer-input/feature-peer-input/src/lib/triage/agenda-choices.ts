import type { AgendaView, MeetingSummary } from '@cabinet/shared/contracts';

/** An agenda item input can be linked to, named with its meeting so organisers can tell them apart. */
export interface AgendaChoice {
  id: string;
  label: string;
}

/** Meetings still ahead and not cancelled: the only ones whose agenda input can go on. */
export function upcomingMeetings(meetings: readonly MeetingSummary[], now = Date.now()): MeetingSummary[] {
  return meetings.filter((meeting) => meeting.status === 'scheduled' && Date.parse(meeting.endsAt) > now);
}

export function agendaChoices(agendas: readonly AgendaView[], formatWhen: (iso: string) => string): AgendaChoice[] {
  return agendas.flatMap((agenda) =>
    agenda.items.filter((item) => item.status !== 'declined').map((item) => ({ id: item.id, label: `${item.title} — ${agenda.meetingTitle}, ${formatWhen(agenda.meetingStartsAt)}` })),
  );
}
