import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Compliance exports: a CSV of results, a PDF evidence packet per board and reporting year, a
 * board's annual report. Asked for by a board's managers or by a funder whose accepted grant
 * covers the board; made by the worker (an outbox request in the same transaction as the row),
 * then downloaded. The file lives in the row, in Postgres, under row-level security: only the
 * organisation that asked reads it. An evidence packet records the audit chain's head hash at
 * the moment it was made, so a later check can prove nothing changed since.
 */
export class CreateComplianceExports1795483800000 implements MigrationInterface {
  name = 'CreateComplianceExports1795483800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const TS = 'TIMESTAMP WITH TIME ZONE';
    await q(`CREATE TABLE "compliance_export" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "kind" character varying(20) NOT NULL,
      "period_from" date NOT NULL,
      "period_to" date NOT NULL,
      "locale" character varying(5) NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'queued',
      "requested_by" uuid,
      "requested_at" ${TS} NOT NULL DEFAULT now(),
      "finished_at" ${TS},
      "file_name" character varying(200),
      "content_type" character varying(100),
      "size_bytes" integer,
      "content" bytea,
      "audit_head_hash" character(64),
      "error" character varying(300),
      CONSTRAINT "PK_compliance_export" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_compliance_export_kind" CHECK ("kind" IN ('results_csv', 'evidence_pdf', 'annual_report_pdf')),
      CONSTRAINT "CHK_compliance_export_status" CHECK ("status" IN ('queued', 'ready', 'failed')),
      CONSTRAINT "CHK_compliance_export_period" CHECK ("period_to" >= "period_from"),
      CONSTRAINT "CHK_compliance_export_file" CHECK (("status" = 'ready') = ("content" IS NOT NULL)),
      CONSTRAINT "FK_compliance_export_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_export_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_export_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`ALTER TABLE "compliance_export" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
    await q(`CREATE INDEX "IDX_compliance_export_organization" ON "compliance_export" ("organization_id", "board_id", "requested_at")`);
    await q(`CREATE INDEX "IDX_compliance_export_board" ON "compliance_export" ("board_id")`);
    await q(`CREATE INDEX "IDX_compliance_export_requested_by" ON "compliance_export" ("requested_by")`);
    const own = `"organization_id" = app_organization_id()`;
    await q(`ALTER TABLE "compliance_export" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "compliance_export" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "compliance_export" USING (${own}) WITH CHECK (${own})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "compliance_export"`);
  }
}
