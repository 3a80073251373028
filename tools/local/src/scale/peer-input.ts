import { HOSTS, inOrganization, type ScaleContext } from './scale-context';

const BODIES = [
  'The waiting room is very cold in the morning. People leave before they are seen.',
  'Could the drop-in stay open later on weekdays? Many of us work during the day.',
  'Why do appointment letters use so much jargon?',
  'The front desk asked for my ID in front of everyone. It felt unsafe.',
  'A peer in the waiting room would make first visits much easier.',
  'Is there a way to get help with bus fares to appointments?',
];
const KINDS = ['idea', 'concern', 'question', 'complaint'];

/**
 * Input from peers and the community, one a month per board: through the member area (signed by
 * a member on the board then, the peer member with an account on their boards), the public form
 * or the kiosk (both anonymous). Older input was answered, put on the next agenda, declined with
 * a reason, or became a recommendation (every third quarter's, see accountability); the latest
 * is new or acknowledged.
 */
export async function generatePeerInput(ctx: ScaleContext): Promise<void> {
  const { start, today } = ctx;
  await ctx.q(`CREATE TEMP TABLE scale_input ON COMMIT DROP AS
    SELECT x.*, CASE
             WHEN x.p % 3 = 1 AND ((x.p - 1) / 3) % 3 = 0 AND x.next_meeting_at < ${today} THEN 'recommendation'
             WHEN x.created_at >= ${today} - 45 THEN CASE WHEN x.p % 2 = 0 THEN 'new' ELSE 'acknowledged' END
             ELSE (ARRAY['answered', 'on_agenda', 'declined', 'answered'])[1 + x.p % 4] END AS status
      FROM (SELECT b.id AS board_id, b.organization_id, b.i, p, pg_temp.scale_id(b.id || ':input:' || p) AS id,
                   (date_trunc('month', ${start}::timestamp) + make_interval(months => p) + INTERVAL '4 days 15 hours') AT TIME ZONE 'UTC' AS created_at,
                   mt.starts_at AS next_meeting_at, mt.id AS next_meeting_id
              FROM scale_board b CROSS JOIN generate_series(1, ${ctx.years * 12}) AS p
              JOIN scale_meeting mt ON mt.board_id = b.id AND mt.n = p + 1) AS x
     WHERE x.created_at < ${today}`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    await ctx.q(`INSERT INTO peer_input (id, organization_id, board_id, kind, body, channel, author_member_id, status, agenda_item_id, answer, decline_reason, acknowledged_at, decided_at, created_at, updated_at)
      SELECT x.id, x.organization_id, x.board_id, (ARRAY['${KINDS.join("','")}'])[1 + (x.p + x.i) % ${KINDS.length}], (ARRAY['${BODIES.join("','")}'])[1 + (x.p + x.i) % ${BODIES.length}],
             CASE WHEN x.p % 3 = 1 AND author.id IS NOT NULL THEN 'member' WHEN x.p % 3 = 2 THEN 'kiosk' ELSE 'public' END,
             CASE WHEN x.p % 3 = 1 THEN author.id END, x.status,
             CASE WHEN x.status = 'on_agenda' THEN pg_temp.scale_id(x.next_meeting_id || ':item:3') END,
             CASE WHEN x.status = 'answered' THEN 'Thank you. The agency looked into it and has changed how this works; see the latest minutes.' END,
             CASE WHEN x.status = 'declined' THEN 'The board discussed it and decided it is outside what the agency can change this year.' END,
             CASE WHEN x.status <> 'new' THEN x.created_at + INTERVAL '3 days' END, d.decided_at, x.created_at,
             COALESCE(d.decided_at, CASE WHEN x.status <> 'new' THEN x.created_at + INTERVAL '3 days' END, x.created_at)
        FROM scale_input x
        CROSS JOIN LATERAL (SELECT CASE x.status WHEN 'recommendation' THEN x.next_meeting_at WHEN 'on_agenda' THEN x.created_at + INTERVAL '5 days'
                                                 WHEN 'answered' THEN x.created_at + INTERVAL '20 days' WHEN 'declined' THEN x.created_at + INTERVAL '20 days' END AS decided_at) AS d
        LEFT JOIN LATERAL (SELECT m.id FROM scale_member m
                            WHERE m.board_id = x.board_id AND m.slot IN (0, 1 + x.p % 8) AND m.joined_on <= x.created_at::date AND (m.left_on IS NULL OR m.left_on > x.created_at::date)
                            ORDER BY m.slot LIMIT 1) AS author ON true
       WHERE x.organization_id = $1`, [host.id]);
  }
}
