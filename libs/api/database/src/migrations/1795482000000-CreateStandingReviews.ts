import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Standing reviews raised when a member's unexcused absences trip the board's attendance rule:
 * one row per member and the held meeting whose attendance tripped it, written in the same
 * transaction as the managers' emails, so a review is raised (and announced) once.
 */
export class CreateStandingReviews1795482000000 implements MigrationInterface {
  name = 'CreateStandingReviews1795482000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "standing_review" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "absences" integer NOT NULL,
      "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_standing_review" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_standing_review_member_meeting" UNIQUE ("member_id", "meeting_id"),
      CONSTRAINT "CHK_standing_review_absences" CHECK ("absences" > 0),
      CONSTRAINT "FK_standing_review_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_standing_review_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_standing_review_member" FOREIGN KEY ("member_id") REFERENCES "board_member"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_standing_review_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_standing_review_organization" ON "standing_review" ("organization_id", "board_id", "member_id")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "standing_review" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "standing_review" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "standing_review" USING (${visible}) WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "standing_review"`);
  }
}
