import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Compliance packs as versioned data, the packs each board is held to, and the stored verdicts.
 *
 * A pack is Cabinet's (organization_id NULL: seeded from real funder rules, written only by the
 * schema owner when it migrates) or an organisation's own. Its rules live in versions: editing a
 * pack adds a version, and a stored result names the version it was judged by, so past results
 * keep their rules. Everyone reads Cabinet's packs; an organisation reads and writes its own.
 *
 * compliance_result keeps one verdict per board, pack version, rule and reporting year: the
 * latest evaluation of that year (re-evaluated on events and nightly), with the measured value,
 * the threshold and the ids of the rows it rests on. The nightly sweep finds the boards to
 * evaluate across tenants through the scheduler's read-only door on board_compliance_pack.
 */
export class CreateCompliancePacks1795483500000 implements MigrationInterface {
  name = 'CreateCompliancePacks1795483500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const TS = 'TIMESTAMP WITH TIME ZONE';
    await q(`CREATE TABLE "compliance_pack" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid,
      "key" character varying(60),
      "name" character varying(200) NOT NULL,
      "description" character varying(2000) NOT NULL,
      "jurisdiction" character varying(10),
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_compliance_pack" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_compliance_pack_key" CHECK (("organization_id" IS NULL) = ("key" IS NOT NULL)),
      CONSTRAINT "FK_compliance_pack_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_pack_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE UNIQUE INDEX "UQ_compliance_pack_key" ON "compliance_pack" ("key") WHERE "organization_id" IS NULL`);
    await q(`CREATE INDEX "IDX_compliance_pack_organization" ON "compliance_pack" ("organization_id", "created_at")`);
    await q(`CREATE INDEX "IDX_compliance_pack_created_by" ON "compliance_pack" ("created_by")`);

    await q(`CREATE TABLE "compliance_pack_version" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid,
      "pack_id" uuid NOT NULL,
      "version" integer NOT NULL,
      "rules" jsonb NOT NULL,
      "year_start_month" integer NOT NULL,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_compliance_pack_version" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_compliance_pack_version" UNIQUE ("pack_id", "version"),
      CONSTRAINT "CHK_compliance_pack_version_number" CHECK ("version" >= 1),
      CONSTRAINT "CHK_compliance_pack_version_year" CHECK ("year_start_month" BETWEEN 1 AND 12),
      CONSTRAINT "FK_compliance_pack_version_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_pack_version_pack" FOREIGN KEY ("pack_id") REFERENCES "compliance_pack"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_pack_version_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_compliance_pack_version_organization" ON "compliance_pack_version" ("organization_id", "pack_id")`);
    await q(`CREATE INDEX "IDX_compliance_pack_version_created_by" ON "compliance_pack_version" ("created_by")`);

    await q(`CREATE TABLE "board_compliance_pack" (
      "board_id" uuid NOT NULL,
      "pack_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "added_by" uuid,
      "added_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_compliance_pack" PRIMARY KEY ("board_id", "pack_id"),
      CONSTRAINT "FK_board_compliance_pack_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_board_compliance_pack_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_board_compliance_pack_pack" FOREIGN KEY ("pack_id") REFERENCES "compliance_pack"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_board_compliance_pack_added_by" FOREIGN KEY ("added_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_board_compliance_pack_organization" ON "board_compliance_pack" ("organization_id", "board_id")`);
    await q(`CREATE INDEX "IDX_board_compliance_pack_pack" ON "board_compliance_pack" ("pack_id")`);
    await q(`CREATE INDEX "IDX_board_compliance_pack_added_by" ON "board_compliance_pack" ("added_by")`);

    await q(`CREATE TABLE "compliance_result" (
      "board_id" uuid NOT NULL,
      "pack_version_id" uuid NOT NULL,
      "rule_key" character varying(60) NOT NULL,
      "period_from" date NOT NULL,
      "organization_id" uuid NOT NULL,
      "period_to" date NOT NULL,
      "as_of" ${TS} NOT NULL,
      "result" character varying(20) NOT NULL,
      "measured" numeric,
      "threshold" numeric NOT NULL,
      "unit" character varying(10) NOT NULL,
      "evidence" jsonb NOT NULL,
      "evaluated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_compliance_result" PRIMARY KEY ("board_id", "pack_version_id", "rule_key", "period_from"),
      CONSTRAINT "CHK_compliance_result_result" CHECK ("result" IN ('pass', 'fail', 'at_risk', 'not_enough_data')),
      CONSTRAINT "CHK_compliance_result_unit" CHECK ("unit" IN ('percent', 'count', 'days', 'members')),
      CONSTRAINT "CHK_compliance_result_period" CHECK ("period_to" >= "period_from"),
      CONSTRAINT "FK_compliance_result_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_result_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_compliance_result_pack_version" FOREIGN KEY ("pack_version_id") REFERENCES "compliance_pack_version"("id") ON DELETE RESTRICT)`);
    await q(`CREATE INDEX "IDX_compliance_result_organization" ON "compliance_result" ("organization_id", "board_id", "period_from")`);
    await q(`CREATE INDEX "IDX_compliance_result_pack_version" ON "compliance_result" ("pack_version_id")`);

    // Cabinet's packs are written by whoever owns the table (the migrator), never by the app role.
    await q(`CREATE FUNCTION app_owns(tbl regclass) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT pg_has_role(current_user, (SELECT c."relowner" FROM pg_class c WHERE c."oid" = tbl), 'MEMBER') $$`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    const policies: Array<[string, string, string]> = [
      ['compliance_pack', `"organization_id" IS NULL OR "organization_id" = app_organization_id()`,
        `"organization_id" = app_organization_id() OR ("organization_id" IS NULL AND app_owns('compliance_pack'))`],
      ['compliance_pack_version', `"organization_id" IS NULL OR "organization_id" = app_organization_id()`,
        `"organization_id" = app_organization_id() OR ("organization_id" IS NULL AND app_owns('compliance_pack_version'))`],
      ['board_compliance_pack', visible, visible],
      ['compliance_result', visible, visible],
    ];
    for (const [table, using, check] of policies) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${using}) WITH CHECK (${check})`);
    }
    await q(`CREATE POLICY "scheduler_read" ON "board_compliance_pack" FOR SELECT USING (app_setting('app.scheduler') = 'on')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP TABLE "compliance_result"`);
    await q(`DROP TABLE "board_compliance_pack"`);
    await q(`DROP TABLE "compliance_pack_version"`);
    await q(`DROP TABLE "compliance_pack"`);
    await q(`DROP FUNCTION app_owns(regclass)`);
  }
}
