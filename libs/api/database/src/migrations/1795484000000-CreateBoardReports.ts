import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A board's reports made public: for now its annual report (the Massachusetts PFAC regulation
 * wants one public by 1 October). The board's managers record the day it was made public, with
 * the generated file it came from when there is one; compliance rules of the "report due" kind
 * read these rows. One per board, kind and year.
 */
export class CreateBoardReports1795484000000 implements MigrationInterface {
  name = 'CreateBoardReports1795484000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "board_report" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL,
      "year" integer NOT NULL,
      "published_on" date NOT NULL,
      "export_id" uuid,
      "recorded_by" uuid,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_report" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_board_report" UNIQUE ("board_id", "kind", "year"),
      CONSTRAINT "CHK_board_report_kind" CHECK ("kind" IN ('annual')),
      CONSTRAINT "CHK_board_report_year" CHECK ("year" BETWEEN 2000 AND 2200),
      CONSTRAINT "FK_board_report_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_board_report_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_board_report_export" FOREIGN KEY ("export_id") REFERENCES "compliance_export"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_board_report_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_board_report_organization" ON "board_report" ("organization_id", "board_id", "year")`);
    await q(`CREATE INDEX "IDX_board_report_export" ON "board_report" ("export_id")`);
    await q(`CREATE INDEX "IDX_board_report_recorded_by" ON "board_report" ("recorded_by")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "board_report" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "board_report" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "board_report" USING (${visible}) WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "board_report"`);
  }
}
