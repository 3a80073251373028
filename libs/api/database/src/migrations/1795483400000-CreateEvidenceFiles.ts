import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files on the agency's progress updates (a report, a photo, a spreadsheet), at most
 * 5 MiB each.
 *
 * The bytes live in Postgres, not in a file store: one backup holds the recommendation and its
 * evidence together, so a restore can never bring back an update without its files or the
 * reverse, and row-level security guards the files exactly as it guards the update (the same
 * app_board_visible policy as every recommendation table), with no second access system to keep
 * in step. The size cap keeps the table small enough for that. The content is stored without
 * compression (STORAGE EXTERNAL): PDF, images and Office files are compressed already.
 *
 * uploaded_by lets the uploader remove their own file; it is cleared when the person erases
 * their account.
 */
export class CreateEvidenceFiles1795483400000 implements MigrationInterface {
  name = 'CreateEvidenceFiles1795483400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "evidence_file" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "progress_update_id" uuid NOT NULL,
      "file_name" character varying(200) NOT NULL,
      "content_type" character varying(100) NOT NULL,
      "size_bytes" integer NOT NULL,
      "sha256" character(64) NOT NULL,
      "content" bytea NOT NULL,
      "uploaded_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_evidence_file" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_evidence_file_size" CHECK ("size_bytes" BETWEEN 1 AND 5242880 AND octet_length("content") = "size_bytes"),
      CONSTRAINT "FK_evidence_file_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_evidence_file_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_evidence_file_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_evidence_file_progress_update" FOREIGN KEY ("progress_update_id") REFERENCES "progress_update"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_evidence_file_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`ALTER TABLE "evidence_file" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
    await q(`CREATE INDEX "IDX_evidence_file_organization" ON "evidence_file" ("organization_id", "board_id", "recommendation_id", "progress_update_id")`);
    await q(`CREATE INDEX "IDX_evidence_file_uploaded_by" ON "evidence_file" ("uploaded_by")`);

    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "evidence_file" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "evidence_file" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "evidence_file" USING (${visible}) WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "evidence_file"`);
  }
}
