import { HOSTS, inOrganization, type ScaleContext } from './scale-context';

const id = (what: string) => `pg_temp.scale_id(r.id || ':${what}')`;
const MILESTONES = `(VALUES (1, 'Start at the main clinic', 'Service manager', 30, r.m1_done), (2, 'Extend to every site', 'Director', 90, r.m2_done)) AS s(position, title, owner, due, done_at)`;

/** Every step of a recommendation's timeline, in order: [kind, at, actor, reference]. */
const EVENTS: ReadonlyArray<[string, string, string, string]> = [
  ['drafted', `r.adopted_at - INTERVAL '3 days'`, 'board_manager', `CASE WHEN r.source = 'input' THEN pg_temp.scale_id(r.board_id || ':input:' || (3 * r.q + 1)) END`],
  ['adopted', 'r.adopted_at', 'chair', 'r.motion_id'],
  ['sent', 'r.sent_at', 'board_manager', 'NULL::uuid'],
  ['info_requested', `CASE WHEN r.d = 2 AND r.r_at IS NOT NULL THEN r.sent_at + INTERVAL '4 days' END`, 'liaison', `${id('response:1')}`],
  ['info_answered', `CASE WHEN r.d = 2 AND r.r_at IS NOT NULL THEN r.sent_at + INTERVAL '7 days' END`, 'board_manager', 'NULL::uuid'],
  ['responded', 'r.r_at', 'liaison', `${id('response:final')}`],
  ['milestone_added', 'r.plan_at', 'liaison', `${id('milestone:1')}`],
  ['milestone_added', `r.plan_at + INTERVAL '1 minute'`, 'liaison', `${id('milestone:2')}`],
  ['milestone_done', 'r.m1_done', 'liaison', `${id('milestone:1')}`],
  ['progress_reported', `r.m1_done + INTERVAL '1 hour'`, 'liaison', `${id('progress:1')}`],
  ['milestone_done', 'r.m2_done', 'liaison', `${id('milestone:2')}`],
  ['progress_reported', `r.m2_done + INTERVAL '1 hour'`, 'liaison', `${id('progress:2')}`],
  ['reported_implemented', 'r.reported_at', 'liaison', 'NULL::uuid'],
  ['review', 'r.review_at', 'chair', `${id('review')}`],
];

/**
 * What happened to each recommendation after it was sent: the agency's answers (a question
 * first, then the answer, as two rounds), the plan's milestones and progress reports, the
 * board's review, and the timeline of every step in order (its sequence follows insertion).
 */
export async function generateRecommendationSteps(ctx: ScaleContext): Promise<void> {
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    const mine = `r.organization_id = '${host.id}'`;
    const planned = `${mine} AND r.plan_at IS NOT NULL AND r.decision <> 'declined'`;
    await ctx.q(`INSERT INTO recommendation_response (id, organization_id, board_id, recommendation_id, round, decision, reasons, responded_by, responded_at, board_answer, answered_by, answered_at)
      SELECT ${id('response:1')}, r.organization_id, r.board_id, r.id, 1, 'info_needed', 'Which of our sites do members mean: all of them, or the main clinic only?', r.manager,
             r.sent_at + INTERVAL '4 days', 'All sites, starting with the main clinic.', r.manager, r.sent_at + INTERVAL '7 days'
        FROM scale_rec r WHERE ${mine} AND r.d = 2 AND r.r_at IS NOT NULL`);
    await ctx.q(`INSERT INTO recommendation_response (id, organization_id, board_id, recommendation_id, round, decision, reasons, responded_by, responded_at)
      SELECT ${id('response:final')}, r.organization_id, r.board_id, r.id, CASE WHEN r.d = 2 THEN 2 ELSE 1 END, r.decision,
             CASE r.decision WHEN 'declined' THEN 'We cannot fund this within this year''s budget; we will look at it again when the budget is set.'
                             WHEN 'partly_accepted' THEN 'We can start at the main clinic now; the other sites need more staff, which we have asked the funder for.' END,
             r.manager, r.r_at
        FROM scale_rec r WHERE ${mine} AND r.r_at IS NOT NULL`);
    await ctx.q(`INSERT INTO milestone (id, organization_id, board_id, recommendation_id, title, owner, due_on, done_at, position, created_by, created_at)
      SELECT pg_temp.scale_id(r.id || ':milestone:' || s.position), r.organization_id, r.board_id, r.id, s.title, s.owner, (r.r_at + make_interval(days => s.due))::date,
             s.done_at, s.position, r.manager, r.plan_at
        FROM scale_rec r CROSS JOIN LATERAL ${MILESTONES} WHERE ${planned}`);
    await ctx.q(`INSERT INTO progress_update (id, organization_id, board_id, recommendation_id, milestone_id, text, percent_complete, created_by, created_at)
      SELECT pg_temp.scale_id(r.id || ':progress:' || s.position), r.organization_id, r.board_id, r.id, pg_temp.scale_id(r.id || ':milestone:' || s.position),
             CASE s.position WHEN 1 THEN 'Started at the main clinic. People noticed in the first week.' ELSE 'Every site now does it; the board can see the figures in the annual report.' END,
             50 * s.position, r.manager, s.done_at + INTERVAL '1 hour'
        FROM scale_rec r CROSS JOIN LATERAL ${MILESTONES} WHERE ${planned} AND s.done_at IS NOT NULL AND s.done_at + INTERVAL '1 hour' < ${ctx.today}`);
    await ctx.q(`INSERT INTO recommendation_review (id, organization_id, board_id, recommendation_id, meeting_id, satisfied, reasons, recorded_by, recorded_at)
      SELECT ${id('review')}, r.organization_id, r.board_id, r.id, r.review_meeting_id, r.satisfied,
             CASE WHEN NOT r.satisfied THEN 'Members still hear about this every week: the board asks the agency to think again.' END, r.manager, r.review_at
        FROM scale_rec r WHERE ${mine} AND r.review_at IS NOT NULL`);
    await ctx.q(`INSERT INTO recommendation_event (id, organization_id, board_id, recommendation_id, kind, at, actor_role, ref_id)
      SELECT pg_temp.scale_id(r.id || ':event:' || e.n), r.organization_id, r.board_id, r.id,
             CASE WHEN e.kind <> 'review' THEN e.kind WHEN r.satisfied THEN 'review_satisfied' ELSE 'review_not_satisfied' END, e.at, e.actor, e.ref
        FROM scale_rec r CROSS JOIN LATERAL (VALUES ${EVENTS.map(([kind, at, actor, ref], n) => `(${n + 1}, '${kind}', ${at}, '${actor}', ${ref})`).join(', ')}) AS e(n, kind, at, actor, ref)
       WHERE ${mine} AND e.at IS NOT NULL AND e.at < ${ctx.today}
       ORDER BY r.id, e.n`);
  }
}
