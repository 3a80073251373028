import { HOSTS, inOrganization, managerOf, MEMBER_BOARDS, MEMBER_USER, SERVICE_ID, type ScaleContext } from './scale-context';

const NAMES = ['Alex', 'Sam', 'River', 'Dee', 'Marta', 'Jordan', 'Chris', 'Ana', 'Lee', 'Kai', 'Noor', 'Tomás', 'Ife', 'Mei', 'Priya', 'Jonah', 'Rosa', 'Femi', 'Hana', 'Luca', 'Zara', 'Omar', 'Wren', 'Bea'];
/** How long the occupant of each seat slot stays, in months: 24 or 48 is one or two full terms, the others resign during their second. */
const TENURES = [48, 24, 40, 48, 30, 48, 24, 36, 48, 24, 48, 30, 48, 24];

/**
 * The people on each board. Fourteen seat slots (8 peer, 4 community, 2 staff) are filled in
 * turn: each occupant serves one or two two-year terms (the boards' limit), or resigns, and the
 * next joins a month later, after the first peers came by application. Some members are on
 * leave; each board has an application waiting. The peer member with an account sits on the
 * primary service's first boards. Everyone seated has finished onboarding a week after joining,
 * and peers have consented to be counted as having lived experience.
 */
export async function generateMembers(ctx: ScaleContext): Promise<void> {
  const { start, today } = ctx;
  await ctx.q(`CREATE TEMP TABLE scale_member ON COMMIT DROP AS
    WITH slot AS (
      SELECT s, CASE WHEN s <= 8 THEN 'peer' WHEN s <= 12 THEN 'community' ELSE 'staff' END AS kind, (ARRAY[${TENURES.join(', ')}])[s] AS tenure
        FROM generate_series(1, ${TENURES.length}) AS s
    ), occupant AS (
      SELECT b.id AS board_id, b.organization_id, b.i, sl.s AS slot, sl.kind, sl.tenure, k,
             (${start} + (sl.s - 1) * 9 + make_interval(months => k * (sl.tenure + 1)))::date AS joined_on
        FROM scale_board b CROSS JOIN slot sl CROSS JOIN generate_series(0, ${Math.floor((ctx.years * 12) / 25) + 1}) AS k
    ), seated AS (
      SELECT board_id, organization_id, i, slot, k, kind, joined_on,
             CASE WHEN (joined_on + make_interval(months => tenure))::date <= ${today} THEN (joined_on + make_interval(months => tenure))::date END AS left_on,
             CASE WHEN tenure IN (24, 48) THEN 'term_expired' ELSE 'resigned' END AS leaves_by,
             NULL::uuid AS user_id, NULL::text AS application_note
        FROM occupant WHERE joined_on < ${today}
      UNION ALL
      SELECT id, organization_id, i, 0, 0, 'peer', ${today} - 300, NULL, NULL, '${MEMBER_USER.id}'::uuid, NULL
        FROM (SELECT *, row_number() OVER (ORDER BY i) AS rank FROM scale_board WHERE organization_id = '${SERVICE_ID}') AS mine WHERE rank <= ${MEMBER_BOARDS}
      UNION ALL
      SELECT id, organization_id, i, 99, 0, 'peer', ${today} - 10, NULL, NULL, NULL, 'I have used these services for years and would like to help shape them.'
        FROM scale_board
    )
    SELECT s.*, leave.on_leave_since, pg_temp.scale_id(board_id || ':member:' || slot || ':' || k) AS id, pg_temp.scale_id(board_id || ':seat:' || kind) AS seat_type_id,
           CASE WHEN left_on IS NOT NULL THEN leaves_by END AS end_reason,
           CASE WHEN slot = 99 THEN 'applied' WHEN left_on IS NOT NULL THEN 'ended' WHEN on_leave_since IS NOT NULL THEN 'on_leave' ELSE 'active' END AS status,
           CASE slot WHEN 1 THEN 'chair' WHEN 9 THEN 'co_chair' WHEN 13 THEN 'secretary' END AS board_role,
           CASE WHEN user_id IS NOT NULL THEN '${MEMBER_USER.displayName.split(' ')[0]}'
                ELSE (ARRAY['${NAMES.join("','")}'])[1 + (i * 7 + slot * 3 + k * 5) % ${NAMES.length}] || ' ' || chr(65 + (i + slot * 11 + k * 3) % 26) || '.' END AS display_name,
           CASE WHEN slot = 99 OR (k > 0 AND kind = 'peer') THEN 'application' ELSE 'added' END AS source,
           CASE WHEN slot <> 99 AND joined_on + 7 <= ${today} THEN joined_on + 7 END AS onboarded_on
      FROM seated s
      CROSS JOIN LATERAL (SELECT CASE WHEN s.slot = 6 AND s.i % 3 = 0 AND s.left_on IS NULL AND s.joined_on < ${today} - 60 THEN ${today} - 40 END AS on_leave_since) AS leave`);

  await ctx.q(`CREATE INDEX ON scale_member (board_id)`);
  await ctx.q(`ANALYZE scale_member`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    const manager = managerOf('organization_id');
    const mine = `FROM scale_member WHERE organization_id = '${host.id}'`;
    await ctx.q(`INSERT INTO board_member (id, organization_id, board_id, user_id, seat_type_id, status, end_reason, board_role, display_name, source, application_note, created_at, updated_at)
      SELECT id, organization_id, board_id, user_id, seat_type_id, status, end_reason, board_role, display_name, source, application_note,
             joined_on, COALESCE(left_on, on_leave_since, joined_on) ${mine}`);
    // Each change of status, as the product records it: applied, then active; on leave; ended.
    await ctx.q(`INSERT INTO board_member_event (id, organization_id, board_id, member_id, at, actor_user_id, from_status, to_status)
      SELECT pg_temp.scale_id(id || ':event:' || e.n), organization_id, board_id, id, e.at::timestamptz + INTERVAL '10 hours', ${manager}, e.from_status, e.to_status
        FROM scale_member CROSS JOIN LATERAL (VALUES
          (1, CASE WHEN source = 'application' AND slot <> 99 THEN joined_on - 21 END, NULL, 'applied'),
          (2, CASE WHEN slot = 99 THEN joined_on END, NULL, 'applied'),
          (3, CASE WHEN slot <> 99 THEN joined_on END, CASE WHEN source = 'application' THEN 'applied' END, 'active'),
          (4, on_leave_since, 'active', 'on_leave'),
          (5, left_on, 'active', 'ended')) AS e(n, at, from_status, to_status)
       WHERE organization_id = $1 AND e.at IS NOT NULL`, [host.id]);
    // Two-year terms, the second from the day after the first ends (a term limit of two); the last one closes on leaving.
    await ctx.q(`INSERT INTO board_term (id, organization_id, board_id, member_id, starts_on, ends_on, ended_on, end_reason, created_at)
      SELECT pg_temp.scale_id(m.id || ':term:' || t.n), m.organization_id, m.board_id, m.id, t.starts_on, t.ends_on,
             CASE WHEN m.left_on <= t.ends_on + 1 THEN LEAST(m.left_on, t.ends_on) END, CASE WHEN m.left_on <= t.ends_on + 1 THEN m.end_reason END, t.starts_on
        FROM scale_member m
        CROSS JOIN LATERAL (SELECT n, (m.joined_on + make_interval(months => 24 * n))::date AS starts_on, (m.joined_on + make_interval(months => 24 * (n + 1)))::date - 1 AS ends_on FROM generate_series(0, 1) AS n) AS t
       WHERE m.organization_id = $1 AND m.slot <> 99 AND t.starts_on <= ${today} AND (m.left_on IS NULL OR t.starts_on < m.left_on)`, [host.id]);
    await ctx.q(`INSERT INTO tag_consent (id, organization_id, board_id, member_id, tag, consented_at, recorded_by)
      SELECT pg_temp.scale_id(id || ':tag:' || tag), organization_id, board_id, id, tag, joined_on::timestamptz + INTERVAL '11 hours', ${manager}
        FROM scale_member CROSS JOIN LATERAL (VALUES
          (CASE WHEN kind = 'peer' THEN 'lived_experience' END),
          (CASE WHEN kind = 'peer' AND slot % 3 = 0 THEN 'consumer' END),
          (CASE WHEN kind = 'community' AND slot % 2 = 1 THEN 'unaligned_consumer' END)) AS t(tag)
       WHERE organization_id = $1 AND tag IS NOT NULL AND slot <> 99`, [host.id]);
    await ctx.q(`INSERT INTO onboarding_completion (organization_id, board_id, member_id, step_id, completed_at, recorded_by)
      SELECT m.organization_id, m.board_id, m.id, s.id, m.onboarded_on::timestamptz + INTERVAL '12 hours', ${managerOf('m.organization_id')}
        FROM scale_member m JOIN onboarding_step s ON s.board_id = m.board_id WHERE m.organization_id = $1 AND m.onboarded_on IS NOT NULL`, [host.id]);
  }
}
