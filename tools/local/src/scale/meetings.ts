import { HOSTS, inOrganization, type ScaleContext } from './scale-context';

/** What boards decide on, in turn: one decision item a meeting. */
export const TOPICS = [
  'Evening opening hours at the drop-in centre',
  'Peer navigators in the waiting room',
  'Plain-language appointment letters',
  'Interpreters at every clinic session',
  'Harm reduction supplies at the front desk',
  'Transport vouchers for appointments',
  'A quiet room for people waiting',
  'Text reminders before appointments',
  'Childcare during evening groups',
  'Feedback cards in every language we serve',
  'Weekend outreach in the park',
  'Naloxone training for front-desk staff',
];
/** The decision item's title at board `i`'s meeting `n` (SQL expressions). */
export const topic = (i: string, n: string) => `(ARRAY['${TOPICS.join("','")}'])[1 + (${i} * 5 + ${n}) % ${TOPICS.length}]`;

/**
 * A meeting on the 10th of each month (18:00 in New York), held in the past (one a year was
 * cancelled), two scheduled ahead; each with a published agenda of three items (the second a
 * decision) and, once held, the attendance of everyone seated then: mostly present, some remote,
 * excused or absent, members on leave excused.
 */
export async function generateMeetings(ctx: ScaleContext): Promise<void> {
  const { start, today } = ctx;
  await ctx.q(`CREATE TEMP TABLE scale_meeting ON COMMIT DROP AS
    SELECT m.*, CASE WHEN starts_at >= ${today} THEN 'scheduled' WHEN n % 12 = 7 THEN 'cancelled' ELSE 'held' END AS status
      FROM (SELECT b.id AS board_id, b.organization_id, b.i, n, pg_temp.scale_id(b.id || ':meeting:' || n) AS id,
                   (date_trunc('month', ${start}::timestamp) + make_interval(months => n) + INTERVAL '9 days 22 hours') AT TIME ZONE 'UTC' AS starts_at
              FROM scale_board b CROSS JOIN generate_series(1, ${ctx.lastMeeting}) AS n) AS m`);
  await ctx.q(`CREATE INDEX ON scale_meeting (board_id, n)`);
  await ctx.q(`ANALYZE scale_meeting`);
  await ctx.q(`CREATE TEMP TABLE scale_attendance ON COMMIT DROP AS
    SELECT mt.id AS meeting_id, mt.n, mt.starts_at, m.id AS member_id, m.slot, m.kind, m.organization_id, m.board_id,
           CASE WHEN m.on_leave_since <= mt.starts_at::date THEN 'excused'
                ELSE (ARRAY['absent', 'excused', 'remote', 'present', 'present', 'present', 'present'])[1 + (m.slot + mt.n) % 7] END AS status,
           m.onboarded_on IS NOT NULL AND m.onboarded_on <= mt.starts_at::date AND m.kind <> 'staff' AND (m.on_leave_since IS NULL OR m.on_leave_since > mt.starts_at::date) AS can_vote
      FROM scale_meeting mt JOIN scale_member m ON m.board_id = mt.board_id
     WHERE mt.status = 'held' AND m.slot <> 99 AND m.joined_on <= mt.starts_at::date AND (m.left_on IS NULL OR m.left_on > mt.starts_at::date)`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    await ctx.q(`INSERT INTO meeting (id, organization_id, board_id, title, starts_at, ends_at, time_zone, format, location, online_url, status, cancel_reason, cancelled_at, agenda_published_at, created_at, updated_at)
      SELECT id, organization_id, board_id, 'Monthly board meeting', starts_at, starts_at + INTERVAL '2 hours', 'America/New_York', f.format,
             CASE WHEN f.format <> 'online' THEN 'Community Centre, Room 2 (step-free entrance on Main Street)' END,
             CASE WHEN f.format <> 'in_person' THEN 'https://meet.example.org/scale-board-' || i END,
             status, CASE WHEN status = 'cancelled' THEN 'Too few members could come in the holiday week.' END,
             CASE WHEN status = 'cancelled' THEN starts_at - INTERVAL '3 days' END,
             CASE WHEN starts_at - INTERVAL '7 days' < ${today} THEN starts_at - INTERVAL '7 days' END,
             GREATEST(${start}::timestamptz, starts_at - INTERVAL '30 days'), GREATEST(${start}::timestamptz, starts_at - INTERVAL '7 days')
        FROM scale_meeting CROSS JOIN LATERAL (SELECT (ARRAY['hybrid', 'online', 'in_person'])[1 + n % 3] AS format) AS f
       WHERE organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO agenda_item (id, organization_id, board_id, meeting_id, kind, title, details, presenter, duration_minutes, position, status, created_at, updated_at)
      SELECT pg_temp.scale_id(mt.id || ':item:' || a.position), mt.organization_id, mt.board_id, mt.id, a.kind, a.title, a.details, a.presenter, a.minutes, a.position, 'accepted',
             GREATEST(${start}::timestamptz, mt.starts_at - INTERVAL '30 days'), GREATEST(${start}::timestamptz, mt.starts_at - INTERVAL '8 days')
        FROM scale_meeting mt CROSS JOIN LATERAL (VALUES
          (1, 'information', 'Welcome, apologies and updates', NULL, 'Chair', 10),
          (2, 'decision', ${topic('mt.i', 'mt.n')}, 'Members asked for this; the agency explained what it would take.', 'Service manager', 30),
          (3, 'discussion', 'What we heard from the community', 'Ideas, concerns and questions received since the last meeting.', 'Secretary', 20)) AS a(position, kind, title, details, presenter, minutes)
       WHERE mt.organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO meeting_attendance (meeting_id, member_id, organization_id, board_id, status, recorded_at)
      SELECT meeting_id, member_id, organization_id, board_id, status, starts_at + INTERVAL '2 hours' FROM scale_attendance WHERE organization_id = $1`, [host.id]);
  }
}
