import { MigrationInterface, QueryRunner } from 'typeorm';

const SLUG = `app_setting('app.board_slug')`;
const CLAIM = `app_setting('app.claim_code_hash')`;
/** Drafts and adopted ones are the board's own business; from "sent" on, the agency has it. */
const SENT = `r."status" NOT IN ('draft', 'adopted')`;
/** The board the slug names, while its public pages are on. */
const PUBLIC_BOARD = `${SLUG} IS NOT NULL AND "board_id" IN (SELECT b."id" FROM "board" b WHERE b."slug" = ${SLUG} AND b."public_pages")`;
/** The recommendations a row may belong to, for each door (the subquery is itself filtered by row-level security). */
const PUBLISHED = `SELECT r."id" FROM "recommendation" r WHERE r."published_at" IS NOT NULL AND ${SENT}`;
const CLAIMED = `SELECT r."id" FROM "recommendation" r JOIN "peer_input" p ON p."id" = r."source_input_id" WHERE p."claim_code_hash" = ${CLAIM} AND ${SENT}`;

/**
 * "You said, we did": organisers publish a sent recommendation on the board's public page.
 *
 * Two read-only doors, as extra SELECT policies (OR'd with tenant_isolation, which stays as it
 * is, so no write is widened):
 * - a public board's slug reads its published recommendations, their answers (not the agency's
 *   questions to the board) and milestones, only while the board's public pages are on;
 * - a claim code's hash reads the recommendation made from that input, its answers and
 *   milestones, once it has been sent.
 * Other tables (liaisons, progress notes, reviews, the timeline) stay closed to both.
 */
export class PublishRecommendations1795483300000 implements MigrationInterface {
  name = 'PublishRecommendations1795483300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "recommendation" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    // Published only once sent: the same rule the application applies, kept by the database too.
    await q(`ALTER TABLE "recommendation" ADD CONSTRAINT "CHK_recommendation_published" CHECK ("published_at" IS NULL OR "status" NOT IN ('draft', 'adopted'))`);

    await q(`CREATE POLICY "public_outcomes" ON "recommendation" FOR SELECT USING ("published_at" IS NOT NULL AND "status" NOT IN ('draft', 'adopted') AND ${PUBLIC_BOARD})`);
    await q(`CREATE POLICY "claim_code" ON "recommendation" FOR SELECT USING (${CLAIM} IS NOT NULL AND "status" NOT IN ('draft', 'adopted')
      AND EXISTS (SELECT 1 FROM "peer_input" p WHERE p."id" = "recommendation"."source_input_id" AND p."claim_code_hash" = ${CLAIM}))`);
    // Answers only: the agency's questions to the board (and the board's replies) stay between them.
    const answer = `"decision" <> 'info_needed'`;
    await q(`CREATE POLICY "public_outcomes" ON "recommendation_response" FOR SELECT USING (${answer} AND ${PUBLIC_BOARD} AND "recommendation_id" IN (${PUBLISHED}))`);
    await q(`CREATE POLICY "claim_code" ON "recommendation_response" FOR SELECT USING (${answer} AND ${CLAIM} IS NOT NULL AND "recommendation_id" IN (${CLAIMED}))`);
    await q(`CREATE POLICY "public_outcomes" ON "milestone" FOR SELECT USING (${PUBLIC_BOARD} AND "recommendation_id" IN (${PUBLISHED}))`);
    await q(`CREATE POLICY "claim_code" ON "milestone" FOR SELECT USING (${CLAIM} IS NOT NULL AND "recommendation_id" IN (${CLAIMED}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of ['milestone', 'recommendation_response', 'recommendation']) {
      await q(`DROP POLICY "claim_code" ON "${table}"`);
      await q(`DROP POLICY "public_outcomes" ON "${table}"`);
    }
    await q(`ALTER TABLE "recommendation" DROP CONSTRAINT "CHK_recommendation_published"`);
    await q(`ALTER TABLE "recommendation" DROP COLUMN "published_at"`);
  }
}
