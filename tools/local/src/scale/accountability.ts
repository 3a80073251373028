import { topic } from './meetings';
import { HOSTS, inOrganization, managerOf, type ScaleContext } from './scale-context';
import { generateRecommendationSteps } from './recommendation-steps';

const DAY = (days: string | number) => `make_interval(days => ${days})`;

/**
 * A recommendation a quarter per board, adopted at the second meeting of the quarter (from a
 * member's input, from the agenda item, or directly) and sent to the agency two days later. The
 * agency answers within 5 to 25 days (a few are left unanswered, some overdue): accepted, partly
 * accepted, declined, or first a question the board answers. What it accepts gets a two-step
 * plan with progress reports; once both steps are done it is reported implemented, and the board
 * reviews it at the meeting after next (a decline too: satisfied, or reopened). Dates follow the
 * product's transition table, and nothing happens after `today`.
 */
export async function generateAccountability(ctx: ScaleContext): Promise<void> {
  const { start, today } = ctx;
  const monthIndex = (at: string) => `((extract(year FROM ${at}) * 12 + extract(month FROM ${at})) - (extract(year FROM ${start}) * 12 + extract(month FROM ${start})))::int`;
  const before = (at: string) => `CASE WHEN ${at} < ${today} THEN ${at} END`;
  // What the agency accepted is planned, done step by step and reported: days after its answer.
  const planned = (days: number) => `CASE WHEN p.decision <> 'declined' THEN ${before(`p.r_at + ${DAY(days)}`)} END`;
  await ctx.q(`CREATE TEMP TABLE scale_rec ON COMMIT DROP AS
    SELECT t.*, rv.id AS review_meeting_id, ${before('rv.starts_at + INTERVAL \'1 hour\'')} AS review_at,
           CASE WHEN t.decision = 'declined' THEN ((t.i + t.q) / 6) % 2 = 0 ELSE true END AS satisfied
      FROM (SELECT p.*, ${planned(1)} AS plan_at, ${planned(20)} AS m1_done, ${planned(75)} AS m2_done, ${planned(78)} AS reported_at
              FROM (SELECT s.*, CASE WHEN s.sent_at IS NOT NULL AND NOT s.unanswered THEN ${before(`s.sent_at + ${DAY('(CASE WHEN s.d = 2 THEN 12 ELSE 5 END) + (s.i + s.q) % 20')}`)} END AS r_at
                      FROM (SELECT b.id AS board_id, b.organization_id, b.i, q, (b.i + q) % 6 AS d, (b.i + q) % 13 = 0 AS unanswered,
                                   pg_temp.scale_id(b.id || ':recommendation:' || q) AS id, mt.id AS meeting_id, mt.starts_at AS adopted_at, mo.id AS motion_id,
                                   CASE q % 3 WHEN 0 THEN 'input' WHEN 1 THEN 'agenda_item' ELSE 'direct' END AS source,
                                   ${before(`mt.starts_at + ${DAY(2)}`)} AS sent_at, ${managerOf('b.organization_id')} AS manager,
                                   CASE (b.i + q) % 6 WHEN 0 THEN 'declined' WHEN 1 THEN 'partly_accepted' ELSE 'accepted' END AS decision
                              FROM scale_board b CROSS JOIN generate_series(0, ${ctx.years * 4 - 1}) AS q
                              JOIN scale_meeting mt ON mt.board_id = b.id AND mt.n = 3 * q + 2 AND mt.status = 'held'
                              LEFT JOIN scale_motion mo ON mo.meeting_id = mt.id AND mo.carried) AS s) AS p) AS t
      -- The first meeting held from the month after next (a cancelled one moves the review to the one after).
      LEFT JOIN LATERAL (SELECT mt.id, mt.starts_at FROM scale_meeting mt
                          WHERE mt.board_id = t.board_id AND mt.status = 'held' AND mt.n >= ${monthIndex(`CASE WHEN t.decision = 'declined' THEN t.r_at ELSE t.reported_at END`)} + 2
                          ORDER BY mt.n LIMIT 1) AS rv ON true`);
  await ctx.q(`ALTER TABLE scale_rec ADD COLUMN status text`);
  await ctx.q(`UPDATE scale_rec SET status = CASE
      WHEN sent_at IS NULL THEN 'adopted'
      WHEN r_at IS NULL THEN 'sent'
      WHEN review_at IS NOT NULL THEN CASE WHEN satisfied THEN 'closed' ELSE 'reopened' END
      WHEN reported_at IS NOT NULL THEN 'reported'
      WHEN decision <> 'declined' AND plan_at IS NOT NULL THEN 'in_progress'
      ELSE 'responded' END`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    await ctx.q(`INSERT INTO recommendation (id, organization_id, board_id, title, body, status, source, source_input_id, source_agenda_item_id, adopted_motion_id, addressed_organization_id,
                   drafted_by, adopted_at, sent_at, response_due_on, paused_days, reported_at, closed_at, published_at, created_at, updated_at)
      SELECT r.id, r.organization_id, r.board_id, ${topic('r.i', '3 * r.q + 2')}, 'The board recommends that the agency acts on this: ' || lower(${topic('r.i', '3 * r.q + 2')}) || '. Members explained why it matters to the people who use the services.',
             r.status, r.source, CASE WHEN r.source = 'input' THEN pg_temp.scale_id(r.board_id || ':input:' || (3 * r.q + 1)) END,
             CASE WHEN r.source = 'agenda_item' THEN pg_temp.scale_id(r.meeting_id || ':item:2') END, r.motion_id, r.organization_id, r.manager, r.adopted_at, r.sent_at, (r.sent_at + INTERVAL '30 days')::date,
             CASE WHEN r.d = 2 AND r.r_at IS NOT NULL THEN 3 ELSE 0 END, r.reported_at, CASE WHEN r.status = 'closed' THEN r.review_at END,
             CASE WHEN r.q % 2 = 0 THEN ${before(`r.r_at + ${DAY(2)}`)} END, r.adopted_at - INTERVAL '3 days',
             GREATEST(r.adopted_at, r.sent_at, r.r_at, r.plan_at, r.m1_done, r.m2_done, r.reported_at, r.review_at)
        FROM scale_rec r WHERE r.organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO recommendation_liaison (recommendation_id, user_id, organization_id, board_id) SELECT id, manager, organization_id, board_id FROM scale_rec WHERE organization_id = $1`, [host.id]);
  }
  await generateRecommendationSteps(ctx);
}
