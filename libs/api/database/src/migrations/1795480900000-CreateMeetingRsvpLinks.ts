import { MigrationInterface, QueryRunner } from 'typeorm';

/** The link's hash, presented without a session, matches a link row for this table's row. */
const linked = (match: string) =>
  `app_setting('app.rsvp_token_hash') IS NOT NULL AND EXISTS (SELECT 1 FROM "meeting_rsvp_link" l WHERE l."token_hash" = app_setting('app.rsvp_token_hash') AND ${match})`;

/**
 * Answer links in meeting emails ("Yes / No / Maybe"), for a member to answer without signing in.
 * Each link names one member and one meeting; only the hash of its secret is kept. Each email
 * carries a fresh link, so an earlier email's links keep working (until the meeting ends).
 *
 * The secret opens exactly what answering needs, through extra policies (OR'd with each table's
 * tenant policy; the tenant policies stay as they are): its own link row, the meeting and the
 * board it names (to show what the answer is for), the member it names (to check they still sit
 * on the board), and that member's answer to that meeting (read, insert, update; never delete).
 */
export class CreateMeetingRsvpLinks1795480900000 implements MigrationInterface {
  name = 'CreateMeetingRsvpLinks1795480900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "meeting_rsvp_link" (
      "token_hash" character(64) NOT NULL,
      "meeting_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting_rsvp_link" PRIMARY KEY ("token_hash"),
      CONSTRAINT "FK_meeting_rsvp_link_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_meeting_rsvp_link_member" FOREIGN KEY ("member_id") REFERENCES "board_member"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_meeting_rsvp_link_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_meeting_rsvp_link_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_meeting_rsvp_link_organization" ON "meeting_rsvp_link" ("organization_id", "board_id")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "meeting_rsvp_link" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "meeting_rsvp_link" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "meeting_rsvp_link" USING (${visible} OR "token_hash" = app_setting('app.rsvp_token_hash')) WITH CHECK (${visible})`);

    await q(`CREATE POLICY "rsvp_link" ON "meeting" FOR SELECT USING (${linked(`l."meeting_id" = "meeting"."id"`)})`);
    await q(`CREATE POLICY "rsvp_link" ON "board" FOR SELECT USING (${linked(`l."board_id" = "board"."id"`)})`);
    await q(`CREATE POLICY "rsvp_link" ON "board_member" FOR SELECT USING (${linked(`l."member_id" = "board_member"."id"`)})`);
    const ownAnswer = linked(`l."meeting_id" = "meeting_rsvp"."meeting_id" AND l."member_id" = "meeting_rsvp"."member_id"`);
    await q(`CREATE POLICY "rsvp_link_read" ON "meeting_rsvp" FOR SELECT USING (${ownAnswer})`);
    await q(`CREATE POLICY "rsvp_link_answer" ON "meeting_rsvp" FOR INSERT WITH CHECK (${ownAnswer})`);
    await q(`CREATE POLICY "rsvp_link_change" ON "meeting_rsvp" FOR UPDATE USING (${ownAnswer}) WITH CHECK (${ownAnswer})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const policy of ['rsvp_link_change', 'rsvp_link_answer', 'rsvp_link_read']) await q(`DROP POLICY "${policy}" ON "meeting_rsvp"`);
    for (const table of ['board_member', 'board', 'meeting']) await q(`DROP POLICY "rsvp_link" ON "${table}"`);
    await q(`DROP TABLE "meeting_rsvp_link"`);
  }
}
