import { FUNDER_ID, HOSTS, inOrganization, type ScaleContext } from './scale-context';

/** Two of Cabinet's packs: the federal HIV planning council rules and New York City's drug-use CAB rules. */
export const SCALE_PACKS = ['ryan-white-part-a-planning-council', 'nyc-drug-use-cab'];
const packs = `(SELECT id FROM compliance_pack WHERE organization_id IS NULL AND key IN ('${SCALE_PACKS.join("','")}'))`;

/**
 * Every board is held to two packs; the funder grants each organisation that runs boards, under
 * those packs, and each accepted by its link and named the boards the grant covers (all but
 * every tenth). As the product does it: the funder records the grant, the grantee answers by the
 * link, then names the boards; row-level security allows each step only to its side.
 */
export async function generateGrants(ctx: ScaleContext): Promise<void> {
  const { start } = ctx;
  for (const host of HOSTS) {
    await inOrganization(ctx, host.id);
    await ctx.q(`INSERT INTO board_compliance_pack (board_id, pack_id, organization_id, added_by, added_at)
      SELECT b.id, p.id, b.organization_id, $2, ${start} FROM scale_board b CROSS JOIN ${packs} AS p WHERE b.organization_id = $1`, [host.id, host.manager.id]);
  }
  for (const host of HOSTS) {
    const boards = Number((await ctx.q(`SELECT count(*) AS n FROM scale_board WHERE organization_id = $1`, [host.id])).rows[0].n);
    if (!boards) continue;
    const linkHash = (await ctx.q(`SELECT md5('grant-link:' || $1::text) || md5('grant-link-2:' || $1::text) AS hash`, [host.grantId])).rows[0].hash as string;
    await inOrganization(ctx, FUNDER_ID);
    await ctx.q(`INSERT INTO "grant" (id, organization_id, title, reference, status, starts_on, boards_note, invited_email, token_hash, token_expires_at, created_at)
      VALUES ($1, $2, $3, $4, 'invited', ${start}, 'The community advisory boards of ' || $5, $6, $7, ${start} + 14, ${start})`, [
      host.grantId,
      FUNDER_ID,
      `Community voice: ${host.name}`,
      `SF-${host.grantId.slice(-4)}`,
      host.name,
      host.manager.email,
      linkHash,
    ]);
    await ctx.q(`INSERT INTO grant_pack (grant_id, pack_id, organization_id) SELECT $1, id, $2 FROM ${packs} AS p`, [host.grantId, FUNDER_ID]);
    await inOrganization(ctx, host.id);
    await ctx.q(`SELECT set_config('app.grant_token_hash', $1, true)`, [linkHash]);
    await ctx.q(`UPDATE "grant" SET status = 'accepted', grantee_organization_id = $2, token_hash = NULL, token_expires_at = NULL, decided_at = ${start} + 3, decided_by = $3 WHERE id = $1`, [
      host.grantId,
      host.id,
      host.manager.id,
    ]);
    await ctx.q(`SELECT set_config('app.grant_token_hash', '', true)`);
    await ctx.q(`INSERT INTO grant_board (grant_id, board_id, organization_id, grantee_organization_id, board_name)
      SELECT $1, id, $2, organization_id, name FROM scale_board WHERE organization_id = $3 AND covered`, [host.grantId, FUNDER_ID, host.id]);
  }
}
