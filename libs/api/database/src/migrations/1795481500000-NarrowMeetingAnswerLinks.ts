import { MigrationInterface, QueryRunner } from 'typeorm';

const VISIBLE = `app_board_visible("organization_id", "board_id")`;
const TOKEN = `app_setting('app.rsvp_token_hash')`;

/** The link's hash, presented without a session, matches a link row for this answer (as in CreateMeetingRsvpLinks). */
const linked = (match: string) => `${TOKEN} IS NOT NULL AND EXISTS (SELECT 1 FROM "meeting_rsvp_link" l WHERE l."token_hash" = ${TOKEN} AND ${match})`;
const SAME_ANSWER = `l."meeting_id" = "meeting_rsvp"."meeting_id" AND l."member_id" = "meeting_rsvp"."member_id"`;
/** The answer a link writes carries the link's own organisation and board: no other tenant's. */
const OWN_ANSWER = linked(`${SAME_ANSWER} AND l."organization_id" = "meeting_rsvp"."organization_id" AND l."board_id" = "meeting_rsvp"."board_id"`);

/**
 * An answer link's secret opened a little more than its one answer: it could write that answer
 * with another organisation's id (which would then show it to that organisation), and its tenant
 * policy, for every command, let it delete its own link row. Now the secret only reads its link,
 * and writes its answer only under the link's organisation and board.
 */
export class NarrowMeetingAnswerLinks1795481500000 implements MigrationInterface {
  name = 'NarrowMeetingAnswerLinks1795481500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER POLICY "tenant_isolation" ON "meeting_rsvp_link" USING (${VISIBLE}) WITH CHECK (${VISIBLE})`);
    await q(`CREATE POLICY "rsvp_link" ON "meeting_rsvp_link" FOR SELECT USING ("token_hash" = ${TOKEN})`);
    await q(`ALTER POLICY "rsvp_link_answer" ON "meeting_rsvp" WITH CHECK (${OWN_ANSWER})`);
    await q(`ALTER POLICY "rsvp_link_change" ON "meeting_rsvp" USING (${OWN_ANSWER}) WITH CHECK (${OWN_ANSWER})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const ownAnswer = linked(SAME_ANSWER);
    await q(`ALTER POLICY "rsvp_link_change" ON "meeting_rsvp" USING (${ownAnswer}) WITH CHECK (${ownAnswer})`);
    await q(`ALTER POLICY "rsvp_link_answer" ON "meeting_rsvp" WITH CHECK (${ownAnswer})`);
    await q(`DROP POLICY "rsvp_link" ON "meeting_rsvp_link"`);
    await q(`ALTER POLICY "tenant_isolation" ON "meeting_rsvp_link" USING (${VISIBLE} OR "token_hash" = ${TOKEN}) WITH CHECK (${VISIBLE})`);
  }
}
