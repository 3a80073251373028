import type { EntityManager } from 'typeorm';
import type { ComplianceEvidenceView } from '@cabinet/shared/contracts';
import { dayOf } from '../facts/calendar';
import type { EvidenceLink } from '../facts/evaluation';

interface Found {
  on: string | null;
  label: string;
  meetingId: string | null;
}

/**
 * What a manager needs to recognise each evidence row: a meeting's day and title, a member's
 * listed name (their seat when they chose to be listed by role only), a recommendation's title,
 * a report's year and the day it was made public.
 * One query per kind of row for the whole page; never contact details or the words of minutes.
 */
export async function labelEvidence(m: EntityManager, links: ReadonlyArray<EvidenceLink | ComplianceEvidenceView>): Promise<(link: EvidenceLink | ComplianceEvidenceView) => ComplianceEvidenceView> {
  // Stored results carry their labels already (written when evaluated): only bare links are looked up.
  const bare = links.filter((link) => !isLabelled(link));
  const ids = (type: EvidenceLink['type']) => [...new Set(bare.filter((link) => link.type === type).map((link) => link.id))];
  const found = new Map<string, Found>();
  const meetings = ids('meeting');
  if (meetings.length) {
    const rows = (await m.query(`SELECT id, title, starts_at AS "startsAt" FROM meeting WHERE id = ANY($1::uuid[])`, [meetings])) as Array<{ id: string; title: string; startsAt: Date }>;
    for (const row of rows) found.set(`meeting:${row.id}`, { on: dayOf(row.startsAt), label: row.title, meetingId: row.id });
  }
  const minutes = ids('minutes');
  if (minutes.length) {
    const rows = (await m.query(
      `SELECT mi.id, mi.meeting_id AS "meetingId", me.title, me.starts_at AS "startsAt" FROM minutes mi JOIN meeting me ON me.id = mi.meeting_id WHERE mi.id = ANY($1::uuid[])`,
      [minutes],
    )) as Array<{ id: string; meetingId: string; title: string; startsAt: Date }>;
    for (const row of rows) found.set(`minutes:${row.id}`, { on: dayOf(row.startsAt), label: row.title, meetingId: row.meetingId });
  }
  const members = ids('member');
  if (members.length) {
    const rows = (await m.query(
      `SELECT bm.id, bm.display_name AS "displayName", bm.listed_by_role_only AS "byRole", st.name AS seat FROM board_member bm JOIN seat_type st ON st.id = bm.seat_type_id WHERE bm.id = ANY($1::uuid[])`,
      [members],
    )) as Array<{ id: string; displayName: string; byRole: boolean; seat: string }>;
    for (const row of rows) found.set(`member:${row.id}`, { on: null, label: row.byRole ? row.seat : row.displayName, meetingId: null });
  }
  const reports = ids('report');
  if (reports.length) {
    const rows = (await m.query(`SELECT id, year, published_on::text AS "publishedOn" FROM board_report WHERE id = ANY($1::uuid[])`, [reports])) as Array<{ id: string; year: number; publishedOn: string }>;
    // A report's label is the year it covers; the day is the day it was made public.
    for (const row of rows) found.set(`report:${row.id}`, { on: row.publishedOn, label: String(row.year), meetingId: null });
  }
  const recommendations = ids('recommendation');
  if (recommendations.length) {
    const rows = (await m.query(`SELECT id, title, sent_at AS "sentAt" FROM recommendation WHERE id = ANY($1::uuid[])`, [recommendations])) as Array<{ id: string; title: string; sentAt: Date | null }>;
    for (const row of rows) found.set(`recommendation:${row.id}`, { on: row.sentAt ? dayOf(row.sentAt) : null, label: row.title, meetingId: null });
  }
  return (link) => {
    if (isLabelled(link)) return link;
    const one = found.get(`${link.type}:${link.id}`);
    return { type: link.type, id: link.id, note: link.note, on: one?.on ?? null, label: one?.label ?? '', meetingId: one?.meetingId ?? null };
  };
}

function isLabelled(link: EvidenceLink | ComplianceEvidenceView): link is ComplianceEvidenceView {
  return 'label' in link;
}
