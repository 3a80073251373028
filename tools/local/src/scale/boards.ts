import { HOSTS, hostOf, inOrganization, managerOf, PARTNER, SERVICE_ID, type ScaleContext } from './scale-context';

const PLACES = ['Harbour', 'Riverside', 'Northgate', 'Eastfield', 'Southbank', 'Westbrook', 'Hillcrest', 'Lakeside', 'Millbrook', 'Old Town'];
const FOCUS = ['HIV Care', 'Harm Reduction', 'Community Health', 'Youth Services', 'Recovery', 'Housing and Health'];

/** The seats of the product's board defaults; seat slots of the members below map onto them. */
const SEATS = [
  { kind: 'peer', name: 'Peer with lived experience', voting: true, count: 9 },
  { kind: 'community', name: 'Community representative', voting: true, count: 4 },
  { kind: 'staff', name: 'Agency staff', voting: false, count: null },
  { kind: 'funder_observer', name: 'Funder observer', voting: false, count: null },
  { kind: 'ex_officio', name: 'Ex officio', voting: false, count: null },
];
const STEPS = [
  { kind: 'confidentiality', name: 'Confidentiality agreement signed' },
  { kind: 'conflict_of_interest', name: 'Conflict-of-interest declaration made' },
  { kind: 'orientation', name: 'Orientation attended' },
];
const values = (rows: unknown[][]) => rows.map((row) => `(${row.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v))).join(', ')})`).join(', ');

/**
 * The boards, spread over the four organisations in turn, each with the default seats and
 * onboarding steps, a 51 % peer target, meeting and recommendation settings. Every third of the
 * primary service's boards is co-owned by the peer network. Most boards are covered by the
 * funder's grants (every tenth is not), and odd boards have public pages.
 */
export async function generateBoards(ctx: ScaleContext): Promise<void> {
  await ctx.q(`CREATE TEMP TABLE scale_board ON COMMIT DROP AS
    SELECT i, pg_temp.scale_id('board:' || i) AS id, ${hostOf('i')} AS organization_id,
           CASE WHEN (i - 1) % ${HOSTS.length} = 0 AND ((i - 1) / ${HOSTS.length}) % 3 = 1 THEN '${PARTNER.id}'::uuid END AS partner_id,
           (ARRAY['${PLACES.join("','")}'])[1 + i % ${PLACES.length}] || ' ' || (ARRAY['${FOCUS.join("','")}'])[1 + i % ${FOCUS.length}] || ' Advisory Board ' || i AS name,
           'scale-board-' || i AS slug, i % 10 <> 0 AS covered
      FROM generate_series(1, $1::int) AS i`, [ctx.boards]);
  await ctx.q(`CREATE TEMP TABLE scale_seat ON COMMIT DROP AS
    SELECT b.id AS board_id, b.organization_id, s.kind, s.name, s.voting, s.count, s.position, pg_temp.scale_id(b.id || ':seat:' || s.kind) AS id
      FROM scale_board b CROSS JOIN (VALUES ${values(SEATS.map((s, position) => [s.kind, s.name, s.voting, s.count, position]))}) AS s(kind, name, voting, count, position)`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    const mine = `FROM scale_board b WHERE b.organization_id = '${host.id}'`;
    await ctx.q(`INSERT INTO board (id, organization_id, name, slug, purpose, public_pages, accepts_applications, term_months, term_limit, standing_absences, standing_months, vote_threshold, created_at, updated_at)
      SELECT id, organization_id, name, slug, 'People who use the services advise the agency on how they are run, and follow up on every recommendation.',
             i % 2 = 1, i % 4 = 1, 24, 2, 3, 6, CASE WHEN i % 5 = 0 THEN 'two_thirds' ELSE 'simple_majority' END, ${ctx.start}, ${ctx.start} ${mine}`);
    await ctx.q(`INSERT INTO seat_type (id, organization_id, board_id, name, kind, voting, seat_count, position)
      SELECT id, organization_id, board_id, name, kind, voting, count, position FROM scale_seat WHERE organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO onboarding_step (id, organization_id, board_id, name, kind, required, position)
      SELECT pg_temp.scale_id(b.id || ':step:' || s.kind), b.organization_id, b.id, s.name, s.kind, true, s.position
        FROM scale_board b CROSS JOIN (VALUES ${values(STEPS.map((s, position) => [s.kind, s.name, position]))}) AS s(kind, name, position) WHERE b.organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO composition_target (id, organization_id, board_id, label, seat_type_id, min_percent, position)
      SELECT pg_temp.scale_id(b.id || ':target'), b.organization_id, b.id, 'Peers with lived experience', pg_temp.scale_id(b.id || ':seat:peer'), 51, 0 ${mine}`);
    await ctx.q(`INSERT INTO board_meeting_settings (board_id, organization_id, chair_approves_minutes, updated_at) SELECT b.id, b.organization_id, b.i % 2 = 0, ${ctx.start} ${mine}`);
    await ctx.q(`INSERT INTO board_recommendation_settings (board_id, organization_id, response_days, updated_at) SELECT b.id, b.organization_id, 30, ${ctx.start} ${mine}`);
    await ctx.q(`INSERT INTO board_input_channel (board_id, organization_id, ack_days, updated_at) SELECT b.id, b.organization_id, 14, ${ctx.start} ${mine}`);
  }
  await inOrganization(ctx, SERVICE_ID);
  await ctx.q(`INSERT INTO board_partner (organization_id, board_id, partner_organization_id, accepted_by, created_at)
    SELECT organization_id, id, partner_id, ${managerOf('partner_id')}, ${ctx.start} + 30 FROM scale_board WHERE partner_id IS NOT NULL`);
}
