import { topic } from './meetings';
import { HOSTS, inOrganization, type ScaleContext } from './scale-context';

/**
 * A motion on each held meeting's decision item, when the meeting was quorate (more than half of
 * the members who could vote were there). Only members who could vote then (active, a voting
 * seat, onboarded) and were present or remote vote; mover and seconder are two of them. The
 * method turns in three: a count (totals only), a roll call (each vote kept by name) and a secret
 * ballot (who voted, never how: the choice goes only into the totals). Most carry; every
 * eleventh meeting's motion is voted down. The result follows the board's threshold.
 */
export async function generateMotions(ctx: ScaleContext): Promise<void> {
  await ctx.q(`CREATE TEMP TABLE scale_voter ON COMMIT DROP AS
    SELECT v.*, CASE WHEN v.rank <= 2 THEN 'for' WHEN v.n % 11 = 0 THEN 'against'
                     ELSE (ARRAY['against', 'abstain', 'for', 'for', 'for', 'for', 'for', 'for', 'for'])[1 + (v.slot + v.n) % 9] END AS choice
      FROM (SELECT a.*, row_number() OVER (PARTITION BY a.meeting_id ORDER BY a.slot) AS rank
              FROM scale_attendance a WHERE a.can_vote AND a.status IN ('present', 'remote')) AS v`);
  await ctx.q(`CREATE TEMP TABLE scale_motion ON COMMIT DROP AS
    SELECT t.*, CASE WHEN t.two_thirds THEN t.votes_for > 0 AND t.votes_for * 3 >= (t.votes_for + t.votes_against) * 2 ELSE t.votes_for > t.votes_against END AS carried
      FROM (SELECT mt.id AS meeting_id, mt.organization_id, mt.board_id, mt.i, mt.n, mt.starts_at, pg_temp.scale_id(mt.id || ':motion') AS id,
                   pg_temp.scale_id(mt.id || ':item:2') AS agenda_item_id, (ARRAY['count', 'roll_call', 'secret'])[1 + mt.n % 3] AS method, mt.i % 5 = 0 AS two_thirds,
                   v.people[1] AS mover, v.people[2] AS seconder, v.votes_for, v.votes_against, v.votes_abstain, v.present, a.voting
              FROM scale_meeting mt
              JOIN (SELECT meeting_id, count(*) FILTER (WHERE can_vote)::int AS voting FROM scale_attendance GROUP BY meeting_id) AS a ON a.meeting_id = mt.id
              JOIN (SELECT meeting_id, array_agg(member_id ORDER BY rank) AS people, count(*)::int AS present, count(*) FILTER (WHERE choice = 'for')::int AS votes_for,
                           count(*) FILTER (WHERE choice = 'against')::int AS votes_against, count(*) FILTER (WHERE choice = 'abstain')::int AS votes_abstain
                      FROM scale_voter GROUP BY meeting_id) AS v ON v.meeting_id = mt.id) AS t
     WHERE t.present >= 2 AND t.present >= t.voting / 2 + 1`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    await ctx.q(`INSERT INTO motion (id, organization_id, board_id, meeting_id, agenda_item_id, text, mover_member_id, seconder_member_id, method, status, votes_for, votes_against, votes_abstain, eligible, quorum_present, opened_at, closed_at)
      SELECT m.id, m.organization_id, m.board_id, m.meeting_id, m.agenda_item_id, 'That the board recommends the agency acts on: ' || ${topic('m.i', 'm.n')} || '.', m.mover, m.seconder, m.method,
             CASE WHEN m.carried THEN 'carried' ELSE 'failed' END, m.votes_for, m.votes_against, m.votes_abstain, m.present, m.present,
             m.starts_at + INTERVAL '40 minutes', m.starts_at + INTERVAL '50 minutes'
        FROM scale_motion m WHERE m.organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO motion_vote (motion_id, member_id, organization_id, board_id, choice)
      SELECT m.id, v.member_id, m.organization_id, m.board_id, v.choice FROM scale_motion m JOIN scale_voter v ON v.meeting_id = m.meeting_id
       WHERE m.organization_id = $1 AND m.method = 'roll_call'`, [host.id]);
    await ctx.q(`INSERT INTO motion_ballot (motion_id, member_id, organization_id, board_id)
      SELECT m.id, v.member_id, m.organization_id, m.board_id FROM scale_motion m JOIN scale_voter v ON v.meeting_id = m.meeting_id
       WHERE m.organization_id = $1 AND m.method = 'secret'`, [host.id]);
  }
}
