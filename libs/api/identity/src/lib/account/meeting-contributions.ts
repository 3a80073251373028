import type { EntityManager } from 'typeorm';
import type { AccountExport } from '@cabinet/shared/contracts';

// Plain SQL throughout: meetings build on identity, not the other way round. Each query reads
// what the current organisation context shows, so callers run it once per organisation.
const MY_MEMBER_IDS = `SELECT id FROM board_member WHERE user_id = $1`;

type Contributions = AccountExport['meetings'];

/**
 * What the person said and did in board meetings: answers with the needs they gave, agenda items
 * they proposed, attendance, roll-call votes, comments on minutes and input they sent by name. Secret ballots are not
 * here because nothing links a ballot to the person who cast it.
 */
export async function meetingContributions(m: EntityManager, userId: string): Promise<Contributions> {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  const answers = (await m.query(
    `SELECT meeting_id, response, needs, needs_note, responded_at FROM meeting_rsvp WHERE member_id IN (${MY_MEMBER_IDS}) ORDER BY responded_at`,
    [userId],
  )) as Array<{ meeting_id: string; response: string; needs: string[]; needs_note: string | null; responded_at: Date }>;
  const proposals = (await m.query(
    `SELECT meeting_id, title, details, status, decline_reason, created_at FROM agenda_item WHERE proposed_by_member_id IN (${MY_MEMBER_IDS}) ORDER BY created_at`,
    [userId],
  )) as Array<{ meeting_id: string; title: string; details: string | null; status: string; decline_reason: string | null; created_at: Date }>;
  const attendance = (await m.query(`SELECT meeting_id, status FROM meeting_attendance WHERE member_id IN (${MY_MEMBER_IDS}) ORDER BY recorded_at`, [userId])) as Array<{
    meeting_id: string;
    status: string;
  }>;
  const votes = (await m.query(`SELECT motion_id, choice FROM motion_vote WHERE member_id IN (${MY_MEMBER_IDS})`, [userId])) as Array<{ motion_id: string; choice: string }>;
  const input = (await m.query(
    `SELECT board_id, kind, body, status, answer, decline_reason, created_at FROM peer_input WHERE author_member_id IN (${MY_MEMBER_IDS}) ORDER BY created_at`,
    [userId],
  )) as Array<{ board_id: string; kind: string; body: string; status: string; answer: string | null; decline_reason: string | null; created_at: Date }>;
  const comments = (await m.query(`SELECT minutes_id, section, body, created_at FROM minutes_comment WHERE member_id IN (${MY_MEMBER_IDS}) ORDER BY created_at`, [userId])) as Array<{
    minutes_id: string;
    section: string;
    body: string;
    created_at: Date;
  }>;
  return {
    answers: answers.map((a) => ({ meetingId: a.meeting_id, response: a.response, needs: a.needs, needsNote: a.needs_note, answeredAt: iso(a.responded_at) })),
    agendaProposals: proposals.map((p) => ({ meetingId: p.meeting_id, title: p.title, details: p.details, status: p.status, declineReason: p.decline_reason, proposedAt: iso(p.created_at) })),
    attendance: attendance.map((a) => ({ meetingId: a.meeting_id, status: a.status })),
    rollCallVotes: votes.map((v) => ({ motionId: v.motion_id, choice: v.choice })),
    minutesComments: comments.map((c) => ({ minutesId: c.minutes_id, section: c.section, comment: c.body, madeAt: iso(c.created_at) })),
    // Input sent anonymously has no author by design, so only named input is the person's here.
    namedInput: input.map((i) => ({ boardId: i.board_id, kind: i.kind, text: i.body, status: i.status, answer: i.answer, declineReason: i.decline_reason, sentOn: iso(i.created_at)?.slice(0, 10) ?? null })),
  };
}

/** Adds one organisation's view of the contributions to what earlier organisations showed, without repeats. */
export function mergeContributions(into: Contributions, more: Contributions): Contributions {
  const merged = {} as Record<keyof Contributions, unknown[]>;
  for (const key of Object.keys(into) as Array<keyof Contributions>) {
    const seen = new Set(into[key].map((row) => JSON.stringify(row)));
    merged[key] = [...into[key], ...(more[key] as unknown[]).filter((row) => !seen.has(JSON.stringify(row)))];
  }
  return merged as Contributions;
}

export const NO_CONTRIBUTIONS: Contributions = { answers: [], agendaProposals: [], attendance: [], rollCallVotes: [], minutesComments: [], namedInput: [] };

/**
 * On erasure: the access needs the person gave (which can reveal health), their answer links and
 * their comments on minutes go, and input they sent under their name loses its author (the board
 * keeps what was said, as if sent anonymously). Their answers, attendance and roll-call votes stay,
 * under the erased name, because the board's record of its meetings depends on them. Evidence
 * files they uploaded for an agency stay with the agency's progress update, without the uploader.
 */
export async function forgetMeetingContributions(m: EntityManager, userId: string): Promise<void> {
  await m.query(`UPDATE meeting_rsvp SET needs = '[]'::jsonb, needs_note = NULL WHERE member_id IN (${MY_MEMBER_IDS})`, [userId]);
  await m.query(`DELETE FROM meeting_rsvp_link WHERE member_id IN (${MY_MEMBER_IDS})`, [userId]);
  await m.query(`DELETE FROM minutes_comment WHERE member_id IN (${MY_MEMBER_IDS})`, [userId]);
  await m.query(`UPDATE peer_input SET author_member_id = NULL WHERE author_member_id IN (${MY_MEMBER_IDS})`, [userId]);
  await m.query(`UPDATE evidence_file SET uploaded_by = NULL WHERE uploaded_by = $1`, [userId]);
}
