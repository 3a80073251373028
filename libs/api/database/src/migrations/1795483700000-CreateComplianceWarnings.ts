import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forecast warnings: when a rule a board meets today will not be met as things stand (no meeting
 * scheduled before the quarter ends, minutes due within the week, a term ending that takes the
 * board below a share), its managers are told once. One row per board, pack version, rule and
 * the day the board falls out of compliance, written in the same transaction as the emails: a
 * second evaluation, a retry or a second worker finds it and sends nothing. A new day (another
 * window, another deadline) is a new warning.
 */
export class CreateComplianceWarnings1795483700000 implements MigrationInterface {
  name = 'CreateComplianceWarnings1795483700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "compliance_warning" (
      "board_id" uuid NOT NULL,
      "pack_version_id" uuid NOT NULL,
      "rule_key" character varying(60) NOT NULL,
      "falls_on" date NOT NULL,
      "organization_id" uuid NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_compliance_warning" PRIMARY KEY ("board_id", "pack_version_id", "rule_key", "falls_on"),
      CONSTRAINT "FK_compliance_warning_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_warning_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_warning_pack_version" FOREIGN KEY ("pack_version_id") REFERENCES "compliance_pack_version"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_compliance_warning_organization" ON "compliance_warning" ("organization_id", "board_id")`);
    await q(`CREATE INDEX "IDX_compliance_warning_pack_version" ON "compliance_warning" ("pack_version_id")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "compliance_warning" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "compliance_warning" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "compliance_warning" USING (${visible}) WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "compliance_warning"`);
  }
}
