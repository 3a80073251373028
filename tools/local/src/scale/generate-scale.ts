import type { Client } from 'pg';
import { PasswordHasher } from '@cabinet/api/identity';
import { generateAccountability } from './accountability';
import { generateAudit } from './audit';
import { generateBoards } from './boards';
import { generateGrants } from './grants';
import { generateMeetings } from './meetings';
import { generateMembers } from './members';
import { generateMinutes } from './minutes';
import { generateMotions } from './motions';
import { generateOrganizations } from './organizations';
import { generatePeerInput } from './peer-input';
import { createIdFunction, FUNDER_ID, FUNDER_USER, HOSTS, inOrganization, MEMBER_USER, SCALE_PASSWORD, SERVICE_ID, scaleContext, type ScaleContext } from './scale-context';

export { FUNDER_ID, GRANT_ID, SCALE_PASSWORD, SERVICE_ID } from './scale-context';

export interface ScaleOptions {
  boards: number;
  years: number;
  /** The day the history ends (today), YYYY-MM-DD: everything is dated back from it. */
  today: string;
  /** The key the audit chain is signed with (AUDIT_HMAC_KEY of the app that will read the data). */
  auditHmacKey: string;
}

export interface ScaleData {
  serviceId: string;
  funderId: string;
  boardIds: string[];
  rows: Record<string, number>;
  serviceIds: string[];
  /** Emails that sign in with SCALE_PASSWORD. */
  people: { manager: string; member: string; funder: string };
  /** Ids for page-data routes: a board the member sits on (managed by `manager`), one of its held meetings, one of its recommendations. */
  sample: { boardId: string; meetingId: string; recommendationId: string };
}

export class ScaleDataExists extends Error {
  constructor() {
    super('The scale data is already in this database (its organisations exist). Start from a fresh database to generate it again.');
  }
}

/** The tables the generator writes, in the order row counts are reported. */
export const SCALE_TABLES = [
  'organization', 'app_user', 'membership', 'board', 'board_partner', 'seat_type', 'onboarding_step', 'board_member', 'board_member_event', 'board_term', 'tag_consent',
  'onboarding_completion', 'meeting', 'meeting_attendance', 'agenda_item', 'motion', 'motion_vote', 'motion_ballot', 'minutes', 'minutes_version', 'peer_input',
  'recommendation', 'recommendation_event', 'recommendation_response', 'milestone', 'progress_update', 'recommendation_review', 'board_compliance_pack', 'grant',
  'grant_board', 'audit_entry',
] as const;

export function checkScaleOptions(options: Omit<ScaleOptions, 'auditHmacKey'>): void {
  if (!Number.isInteger(options.boards) || options.boards < 1 || options.boards > 5000) throw new RangeError(`boards must be a whole number from 1 to 5000 (got ${options.boards})`);
  if (!Number.isInteger(options.years) || options.years < 1 || options.years > 20) throw new RangeError(`years must be a whole number from 1 to 20 (got ${options.years})`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(Date.parse(`${options.today}T00:00:00Z`)) || new Date(`${options.today}T00:00:00Z`).toISOString().slice(0, 10) !== options.today) {
    throw new RangeError(`today must be a date as YYYY-MM-DD (got ${options.today})`);
  }
}

/**
 * Cabinet with years of history, written in bulk SQL as the schema owner inside each
 * organisation's row-level-security context, every constraint respected (see each part). One
 * transaction: all of it or nothing. Deterministic: ids come from md5 of row numbers and dates
 * from `today`, never from randomness or the clock, so the same options give the same rows
 * (given the same migrated database: the seeded packs' ids come from it).
 */
export async function generateScale(owner: Client, options: ScaleOptions): Promise<ScaleData> {
  checkScaleOptions(options);
  if (!options.auditHmacKey) throw new RangeError('auditHmacKey is required: the audit chain is signed with it');
  const passwordHash = await new PasswordHasher().hash(SCALE_PASSWORD);
  const ctx = scaleContext(owner, options);
  await ctx.q('BEGIN');
  try {
    // Dates are cut from timestamps in UTC, whatever the machine's time zone.
    await ctx.q(`SET LOCAL TIME ZONE 'UTC'`);
    await inOrganization(ctx, SERVICE_ID);
    if ((await ctx.q(`SELECT 1 FROM organization WHERE id = $1`, [SERVICE_ID])).rowCount) throw new ScaleDataExists();
    await createIdFunction(ctx);
    await generateOrganizations(ctx, passwordHash);
    await generateBoards(ctx);
    await generateMembers(ctx);
    await generateMeetings(ctx);
    await generateMotions(ctx);
    await generateMinutes(ctx);
    await generatePeerInput(ctx);
    await generateAccountability(ctx);
    await generateGrants(ctx);
    await generateAudit(ctx, options.auditHmacKey);
    const data = await describe(ctx);
    await ctx.q('COMMIT');
    return data;
  } catch (error) {
    await ctx.q('ROLLBACK');
    throw error;
  }
}

async function describe(ctx: ScaleContext): Promise<ScaleData> {
  const boardIds = (await ctx.q(`SELECT id FROM scale_board ORDER BY i`)).rows.map((row: { id: string }) => row.id);
  const sampleBoard = (await ctx.q(`SELECT board_id FROM scale_member WHERE user_id = $1 ORDER BY i LIMIT 1`, [MEMBER_USER.id])).rows[0]?.board_id as string;
  await inOrganization(ctx, SERVICE_ID);
  const meeting = await ctx.q(`SELECT id FROM meeting WHERE board_id = $1 AND status = 'held' ORDER BY starts_at DESC LIMIT 1`, [sampleBoard]);
  // A recommendation with a long timeline: answered, planned and followed up.
  const recommendation = await ctx.q(
    `SELECT id FROM recommendation WHERE board_id = $1 ORDER BY status IN ('in_progress', 'reported', 'closed') DESC, sent_at DESC NULLS LAST LIMIT 1`,
    [sampleBoard],
  );
  return {
    serviceId: SERVICE_ID,
    funderId: FUNDER_ID,
    boardIds,
    rows: await countRows(ctx),
    serviceIds: HOSTS.map((host) => host.id),
    people: { manager: HOSTS[0]!.manager.email, member: MEMBER_USER.email, funder: FUNDER_USER.email },
    sample: { boardId: sampleBoard, meetingId: meeting.rows[0]?.id as string, recommendationId: recommendation.rows[0]?.id as string },
  };
}

/** Rows per table over every scale organisation (each counted inside its own context). */
async function countRows(ctx: ScaleContext): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of SCALE_TABLES) rows[table] = 0;
  for (const organizationId of [...HOSTS.map((host) => host.id), FUNDER_ID]) {
    await inOrganization(ctx, organizationId);
    for (const table of SCALE_TABLES) {
      const where = table === 'organization' ? 'id = $1' : table === 'app_user' ? 'id IN (SELECT user_id FROM membership WHERE organization_id = $1)' : 'organization_id = $1';
      rows[table] = rows[table]! + Number((await ctx.q(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, [organizationId])).rows[0].n);
    }
  }
  return rows;
}
