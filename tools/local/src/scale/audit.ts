import { auditHash, GENESIS_HASH } from '@cabinet/api/audit';
import { FUNDER_ID, HOSTS, inOrganization, managerOf, type ScaleContext } from './scale-context';

type Details = Record<string, string | number | boolean | null>;
interface Row {
  occurred_at: Date;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  details: Details;
}

const manager = managerOf('x.organization_id');
const ofOrganization = (table: string) => `FROM "${table}" x WHERE x.organization_id = $1`;

/**
 * What the organisation's audit trail would hold after that history, as the use cases write it
 * (the same actions, entities and ids-only details). Each SELECT reads the rows just written,
 * inside the organisation's context.
 */
const ENTRIES = [
  `SELECT x.created_at, NULL::uuid, 'member.added', 'user', x.user_id::text, jsonb_build_object('role', x.role, 'source', 'scale data') ${ofOrganization('membership')}`,
  `SELECT x.created_at, ${manager}, 'board.created', 'board', x.id::text, '{}'::jsonb ${ofOrganization('board')}`,
  `SELECT x.created_at, ${managerOf('x.partner_organization_id')}, 'board.partnership_accepted', 'board', x.board_id::text, jsonb_build_object('hostOrganizationId', x.organization_id)
     FROM board_partner x WHERE x.partner_organization_id = $1`,
  `SELECT x.added_at, ${manager}, 'compliance_pack.attached', 'board', x.board_id::text, jsonb_build_object('packId', x.pack_id) ${ofOrganization('board_compliance_pack')}`,
  `SELECT x.created_at, ${manager}, 'board_member.added', 'board_member', x.id::text, jsonb_build_object('boardId', x.board_id, 'seatTypeId', x.seat_type_id) ${ofOrganization('board_member')}`,
  `SELECT x.at, ${manager}, 'board_member.status_changed', 'board_member', x.member_id::text, jsonb_build_object('boardId', x.board_id, 'from', x.from_status, 'to', x.to_status)
     ${ofOrganization('board_member_event')} AND x.from_status IS NOT NULL`,
  `SELECT x.consented_at, ${manager}, 'board_member.tag_consent_given', 'board_member', x.member_id::text, jsonb_build_object('boardId', x.board_id, 'tag', x.tag) ${ofOrganization('tag_consent')}`,
  `SELECT x.starts_at + INTERVAL '2 hours', ${manager}, 'meeting.held', 'meeting', x.id::text, jsonb_build_object('boardId', x.board_id) ${ofOrganization('meeting')} AND x.status = 'held'`,
  `SELECT x.closed_at, ${manager}, 'motion.closed', 'motion', x.id::text,
          jsonb_build_object('boardId', x.board_id, 'meetingId', x.meeting_id, 'method', x.method, 'result', x.status, 'for', x.votes_for, 'against', x.votes_against, 'abstain', x.votes_abstain, 'eligible', x.eligible)
     ${ofOrganization('motion')}`,
  `SELECT x.published_at, ${manager}, 'minutes.published', 'minutes', x.id::text, jsonb_build_object('boardId', x.board_id, 'privateSections', cardinality(x.private_sections))
     ${ofOrganization('minutes')} AND x.published_at IS NOT NULL`,
  `SELECT x.at, ${manager}, 'recommendation.' || x.kind, 'recommendation', x.recommendation_id::text, jsonb_strip_nulls(jsonb_build_object('boardId', x.board_id, 'refId', x.ref_id))
     ${ofOrganization('recommendation_event')}`,
  `SELECT x.decided_at, x.decided_by, 'grant.accepted', 'grant', x.id::text, jsonb_build_object('funderOrganizationId', x.organization_id, 'boards', (SELECT count(*) FROM grant_board gb WHERE gb.grant_id = x.id))
     FROM "grant" x WHERE x.grantee_organization_id = $1`,
  `SELECT x.created_at, NULL::uuid, 'grant.recorded', 'grant', x.id::text, jsonb_build_object('packs', (SELECT count(*) FROM grant_pack gp WHERE gp.grant_id = x.id)) ${ofOrganization('grant')}`,
];

const CHUNK = 5000;

/**
 * Each organisation's audit chain over its history, in time order, signed with the app's key by
 * the audit code's own hash function: `npm run audit:verify` and GET /api/audit/verify find it
 * intact. The entries are read back from the rows just written and inserted in bulk.
 */
export async function generateAudit(ctx: ScaleContext, key: string): Promise<void> {
  for (const organizationId of [...HOSTS.map((host) => host.id), FUNDER_ID]) {
    await inOrganization(ctx, organizationId);
    const { rows } = await ctx.q(
      `SELECT occurred_at, actor_user_id, action, entity_type, entity_id, details
         FROM (${ENTRIES.join('\n UNION ALL ')}) AS e(occurred_at, actor_user_id, action, entity_type, entity_id, details)
        ORDER BY occurred_at, action, entity_id, details::text`,
      [organizationId],
    );
    let prevHash = GENESIS_HASH;
    const entries = (rows as Row[]).map((row, index) => {
      const entry = {
        organizationId,
        seq: String(index + 1),
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        requestId: null,
        details: row.details,
        prevHash,
      };
      prevHash = auditHash(key, entry);
      return { ...entry, hash: prevHash };
    });
    for (let from = 0; from < entries.length; from += CHUNK) {
      const chunk = entries.slice(from, from + CHUNK);
      await ctx.q(
        `INSERT INTO audit_entry (organization_id, seq, occurred_at, actor_user_id, action, entity_type, entity_id, details, prev_hash, hash)
         SELECT $1, * FROM unnest($2::bigint[], $3::timestamptz[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::text[])`,
        [
          organizationId,
          chunk.map((e) => e.seq),
          chunk.map((e) => e.occurredAt.toISOString()),
          chunk.map((e) => e.actorUserId),
          chunk.map((e) => e.action),
          chunk.map((e) => e.entityType),
          chunk.map((e) => e.entityId),
          chunk.map((e) => JSON.stringify(e.details)),
          chunk.map((e) => e.prevHash),
          chunk.map((e) => e.hash),
        ],
      );
    }
    await ctx.q(`INSERT INTO audit_chain_head (organization_id, seq, hash) VALUES ($1, $2, $3)`, [organizationId, String(entries.length), prevHash]);
  }
}
