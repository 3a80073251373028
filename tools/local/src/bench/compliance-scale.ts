import type { Client } from 'pg';

export interface ScaleOptions {
  boards: number;
  years: number;
  /** The day the history ends (today), YYYY-MM-DD: everything is dated back from it. */
  today: string;
}

export interface ScaleData {
  serviceId: string;
  funderId: string;
  boardIds: string[];
  rows: Record<string, number>;
}

/** Fixed ids, so the same options always make the same data. */
export const SERVICE_ID = '5ca1e000-0000-4000-8000-000000000001';
export const FUNDER_ID = '5ca1e000-0000-4000-8000-000000000002';
export const GRANT_ID = '5ca1e000-0000-4000-8000-000000000003';
const MEMBERS_PER_BOARD = 15;

/**
 * A service organisation's boards with years of history, written in bulk SQL as the schema owner
 * inside the organisation's context (row-level security binds the owner too), every constraint
 * respected: seats, members with status histories, consecutive two-year terms and consented tags,
 * a meeting a month with attendance and published minutes, a recommendation a quarter answered
 * within a month. Deterministic: ids and patterns come from the board and row numbers, never from
 * randomness. The boards are held to two of Cabinet's packs, and a funder's accepted grant covers
 * them all. Quick enough for a benchmark's set-up (seconds for 200 boards over 5 years).
 */
export async function generateComplianceScale(owner: Client, options: ScaleOptions): Promise<ScaleData> {
  const { boards, years, today } = options;
  const q = (sql: string, params: unknown[] = []) => owner.query(sql, params);
  await q('BEGIN');
  await q(`SELECT set_config('app.organization_id', $1, true)`, [SERVICE_ID]);
  await q(`INSERT INTO organization (id, name, kind) VALUES ($1, 'Scale Services', 'service')`, [SERVICE_ID]);
  await q(`SELECT set_config('app.organization_id', $1, true)`, [FUNDER_ID]);
  await q(`INSERT INTO organization (id, name, kind) VALUES ($1, 'Scale Fund', 'funder')`, [FUNDER_ID]);
  await q(`SELECT set_config('app.organization_id', $1, true)`, [SERVICE_ID]);

  // Day 0 of the history; every date below is an offset from it.
  const start = `(DATE '${today}' - INTERVAL '${years} years')::date`;
  await q(`CREATE TEMP TABLE scale_board ON COMMIT DROP AS
    SELECT i, md5('board' || i)::uuid AS id FROM generate_series(1, $1::int) AS i`, [boards]);
  await q(`INSERT INTO board (id, organization_id, name, slug, created_at)
    SELECT id, $1, 'Scale board ' || i, 'scale-board-' || i, ${start} FROM scale_board`, [SERVICE_ID]);
  await q(`INSERT INTO seat_type (id, organization_id, board_id, name, kind, voting, position)
    SELECT md5(b.id || s.kind)::uuid, $1, b.id, s.name, s.kind, s.voting, s.position
      FROM scale_board b CROSS JOIN (VALUES ('peer', 'Peers', true, 0), ('community', 'Community', true, 1), ('staff', 'Staff', false, 2)) AS s(kind, name, voting, position)`, [SERVICE_ID]);

  // Member j joins 30 j days into the history; every seventh leaves a year before today.
  await q(`CREATE TEMP TABLE scale_member ON COMMIT DROP AS
    SELECT b.id AS board_id, j, md5(b.id || 'member' || j)::uuid AS id,
           md5(b.id || CASE WHEN j > 13 THEN 'staff' WHEN j % 2 = 0 THEN 'peer' ELSE 'community' END)::uuid AS seat_type_id,
           (${start} + j * 30) AS joined_on,
           CASE WHEN j % 7 = 0 THEN (DATE '${today}' - 365) END AS left_on
      FROM scale_board b CROSS JOIN generate_series(1, ${MEMBERS_PER_BOARD}) AS j`);
  await q(`INSERT INTO board_member (id, organization_id, board_id, seat_type_id, status, end_reason, display_name, source, created_at)
    SELECT id, $1, board_id, seat_type_id, CASE WHEN left_on IS NULL THEN 'active' ELSE 'ended' END,
           CASE WHEN left_on IS NULL THEN NULL ELSE 'resigned' END, 'Member ' || j, 'added', joined_on FROM scale_member`, [SERVICE_ID]);
  await q(`INSERT INTO board_member_event (organization_id, board_id, member_id, at, from_status, to_status)
    SELECT $1::uuid, board_id, id, joined_on, NULL::varchar, 'active' FROM scale_member
    UNION ALL SELECT $1::uuid, board_id, id, left_on::timestamptz, 'active', 'ended' FROM scale_member WHERE left_on IS NOT NULL`, [SERVICE_ID]);
  // Consecutive two-year terms from joining, the last one open (or closed on leaving).
  await q(`INSERT INTO board_term (organization_id, board_id, member_id, starts_on, ends_on, ended_on, end_reason)
    SELECT $1, m.board_id, m.id, t.starts_on, (t.starts_on + INTERVAL '2 years' - INTERVAL '1 day')::date,
           CASE WHEN m.left_on IS NOT NULL AND m.left_on < t.starts_on + INTERVAL '2 years' THEN m.left_on END,
           CASE WHEN m.left_on IS NOT NULL AND m.left_on < t.starts_on + INTERVAL '2 years' THEN 'resigned' END
      FROM scale_member m
      CROSS JOIN LATERAL (SELECT (m.joined_on + k * INTERVAL '2 years')::date AS starts_on FROM generate_series(0, 10) AS k) t
     WHERE t.starts_on <= DATE '${today}' AND (m.left_on IS NULL OR t.starts_on <= m.left_on)`, [SERVICE_ID]);
  await q(`INSERT INTO tag_consent (organization_id, board_id, member_id, tag, consented_at)
    SELECT $1, board_id, id, 'unaligned_consumer', joined_on FROM scale_member WHERE j % 3 = 0`, [SERVICE_ID]);

  // A meeting on the 10th of each month, held in the past, scheduled for the two months ahead.
  await q(`CREATE TEMP TABLE scale_meeting ON COMMIT DROP AS
    SELECT b.id AS board_id, md5(b.id || 'meeting' || n)::uuid AS id, n,
           (date_trunc('month', ${start}) + n * INTERVAL '1 month' + INTERVAL '9 days 18 hours') AS starts_at
      FROM scale_board b CROSS JOIN generate_series(1, ${years * 12 + 2}) AS n`);
  await q(`INSERT INTO meeting (id, organization_id, board_id, title, starts_at, ends_at, time_zone, format, status, online_url)
    SELECT id, $1, board_id, 'Monthly meeting ' || n, starts_at, starts_at + INTERVAL '2 hours', 'UTC', 'online',
           CASE WHEN starts_at < DATE '${today}' THEN 'held' ELSE 'scheduled' END, 'https://meet.example.org/scale'
      FROM scale_meeting`, [SERVICE_ID]);
  await q(`INSERT INTO meeting_attendance (meeting_id, member_id, organization_id, board_id, status, recorded_at)
    SELECT mt.id, m.id, $1, mt.board_id, CASE WHEN (m.j + mt.n) % 6 = 0 THEN 'absent' WHEN (m.j + mt.n) % 6 = 1 THEN 'excused' ELSE 'present' END, mt.starts_at
      FROM scale_meeting mt JOIN scale_member m ON m.board_id = mt.board_id
     WHERE mt.starts_at < DATE '${today}' AND m.joined_on <= mt.starts_at::date AND (m.left_on IS NULL OR m.left_on > mt.starts_at::date)`, [SERVICE_ID]);
  await q(`INSERT INTO minutes (organization_id, board_id, meeting_id, status, body, summary, version, approved_at, approved_by, published_at, created_at)
    SELECT $1, board_id, id, 'published', 'Minutes of the meeting.', 'What the board decided.', 1,
           starts_at + INTERVAL '20 days', 'chair', starts_at + INTERVAL '25 days', starts_at + INTERVAL '2 days'
      FROM scale_meeting WHERE starts_at + INTERVAL '25 days' < DATE '${today}'`, [SERVICE_ID]);

  // A recommendation a quarter, answered (accepted) within a month.
  await q(`CREATE TEMP TABLE scale_recommendation ON COMMIT DROP AS
    SELECT b.id AS board_id, md5(b.id || 'recommendation' || n)::uuid AS id, n,
           (${start} + n * INTERVAL '3 months' + INTERVAL '14 days') AS sent_at
      FROM scale_board b CROSS JOIN generate_series(0, ${years * 4 - 1}) AS n`);
  await q(`INSERT INTO recommendation (id, organization_id, board_id, title, body, status, source, addressed_organization_id, sent_at, response_due_on, created_at)
    SELECT id, $1, board_id, 'Recommendation ' || n, 'What the board recommends.', 'responded', 'direct', $1, sent_at, (sent_at + INTERVAL '60 days')::date, sent_at
      FROM scale_recommendation WHERE sent_at + INTERVAL '30 days' < DATE '${today}'`, [SERVICE_ID]);
  await q(`INSERT INTO recommendation_response (organization_id, board_id, recommendation_id, round, decision, responded_at)
    SELECT $1, board_id, id, 1, 'accepted', sent_at + INTERVAL '30 days' FROM scale_recommendation WHERE sent_at + INTERVAL '30 days' < DATE '${today}'`, [SERVICE_ID]);

  // Held to two of Cabinet's packs, and covered by a funder's accepted grant.
  await q(`INSERT INTO board_compliance_pack (board_id, pack_id, organization_id)
    SELECT b.id, p.id, $1 FROM scale_board b CROSS JOIN compliance_pack p WHERE p.key IN ('ryan-white-part-a', 'nyc-drug-use-cab')`, [SERVICE_ID]);
  await q(`SELECT set_config('app.organization_id', $1, true)`, [FUNDER_ID]);
  await q(`INSERT INTO "grant" (id, organization_id, title, status, starts_on, invited_email, grantee_organization_id, decided_at)
    VALUES ($1, $2, 'Scale grant', 'accepted', ${start}, 'grants@scale.example.org', $3, now())`, [GRANT_ID, FUNDER_ID, SERVICE_ID]);
  await q(`INSERT INTO grant_pack (grant_id, pack_id, organization_id) SELECT $1, id, $2 FROM compliance_pack WHERE key IN ('ryan-white-part-a', 'nyc-drug-use-cab')`, [GRANT_ID, FUNDER_ID]);
  await q(`SELECT set_config('app.organization_id', $1, true)`, [SERVICE_ID]);
  await q(`INSERT INTO grant_board (grant_id, board_id, organization_id, grantee_organization_id, board_name)
    SELECT $1, b.id, $2, $3, 'Scale board ' || b.i FROM scale_board b`, [GRANT_ID, FUNDER_ID, SERVICE_ID]);
  const boardIds = (await q(`SELECT id FROM scale_board ORDER BY i`)).rows.map((row: { id: string }) => row.id);
  const rows: Record<string, number> = {};
  for (const table of ['board', 'board_member', 'board_term', 'meeting', 'meeting_attendance', 'minutes', 'recommendation', 'recommendation_response']) {
    rows[table] = Number((await q(`SELECT count(*) AS n FROM "${table}" WHERE organization_id = $1`, [SERVICE_ID])).rows[0].n);
  }
  await q('COMMIT');
  return { serviceId: SERVICE_ID, funderId: FUNDER_ID, boardIds, rows };
}
