import { topic } from './meetings';
import { HOSTS, inOrganization, managerOf, type ScaleContext } from './scale-context';

/** Each step of the minutes' cycle is a version, as the product keeps them: days after the meeting. */
const STEPS = [
  { version: 1, status: 'draft', days: 1 },
  { version: 2, status: 'circulated', days: 2 },
  { version: 3, status: 'approved', days: 20 },
  { version: 4, status: 'published', days: 21 },
];

/**
 * Minutes for every held meeting: drafted the next day, circulated for comments for a week,
 * approved by the chair and published three weeks after the meeting, each step kept as a
 * version; the latest meetings' minutes are still under way. Every sixth meeting's minutes have
 * a private section, kept out of the public page.
 */
export async function generateMinutes(ctx: ScaleContext): Promise<void> {
  const steps = STEPS.map((s) => `(${s.version}, '${s.status}', ${s.days})`).join(', ');
  await ctx.q(`CREATE TEMP TABLE scale_minutes ON COMMIT DROP AS
    SELECT mt.id AS meeting_id, mt.organization_id, mt.board_id, mt.n, mt.starts_at, pg_temp.scale_id(mt.id || ':minutes') AS id, s.version, s.status,
           mt.starts_at + make_interval(days => s.days) AS saved_at, s.version = max(s.version) OVER (PARTITION BY mt.id) AS latest,
           concat_ws(E'\\n\\n', '## Welcome, apologies and updates', 'The chair opened the meeting and welcomed everyone.',
             '## ' || ${topic('mt.i', 'mt.n')}, COALESCE('The motion ' || CASE WHEN mo.carried THEN 'carried' ELSE 'failed' END || ': ' || mo.votes_for || ' for, ' || mo.votes_against || ' against, ' || mo.votes_abstain || ' abstentions.', 'The board discussed the item without a vote.'),
             '## What we heard from the community', 'Members went through the ideas and concerns received this month.',
             CASE WHEN mt.n % 6 = 0 THEN '## Personal matters' END, CASE WHEN mt.n % 6 = 0 THEN 'A member raised a personal situation; this part stays private.' END) AS body,
           CASE WHEN s.version >= 2 THEN 'The board talked about ' || lower(${topic('mt.i', 'mt.n')}) || ' and heard from the community.' END AS summary,
           CASE WHEN mt.n % 6 = 0 THEN ARRAY['personal-matters'] ELSE ARRAY[]::text[] END AS private_sections
      FROM scale_meeting mt
      LEFT JOIN scale_motion mo ON mo.meeting_id = mt.id
      CROSS JOIN (VALUES ${steps}) AS s(version, status, days)
     WHERE mt.status = 'held' AND mt.starts_at + make_interval(days => s.days) < ${ctx.today}`);
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    const manager = managerOf('organization_id');
    await ctx.q(`INSERT INTO minutes (id, organization_id, board_id, meeting_id, status, body, summary, private_sections, version, comment_until, approved_at, approved_by, published_at, created_at, updated_at)
      SELECT id, organization_id, board_id, meeting_id, status, body, summary, private_sections, version, CASE WHEN version >= 2 THEN starts_at + INTERVAL '9 days' END,
             CASE WHEN version >= 3 THEN starts_at + INTERVAL '20 days' END, CASE WHEN version >= 3 THEN 'chair' END,
             CASE WHEN version >= 4 THEN starts_at + INTERVAL '21 days' END, starts_at + INTERVAL '1 day', saved_at
        FROM scale_minutes WHERE latest AND organization_id = $1`, [host.id]);
    await ctx.q(`INSERT INTO minutes_version (minutes_id, version, organization_id, board_id, body, summary, private_sections, status, saved_by, saved_at)
      SELECT id, version, organization_id, board_id, body, summary, private_sections, status, ${manager}, saved_at FROM scale_minutes WHERE organization_id = $1`, [host.id]);
  }
}
