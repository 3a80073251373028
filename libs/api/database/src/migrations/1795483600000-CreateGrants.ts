import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grants: a funder records a grant to a service organisation, with the compliance packs that
 * apply, and sends a link to the organisation's address. The organisation accepts it by that
 * link (a hash of it, like every link in Cabinet), naming which of its own boards the grant
 * covers; only then may the funder read anything of those boards.
 *
 * What an accepted grant opens to the funder, each as its own read-only policy beside the tenant
 * one: the grantee's name and the stored compliance results of the covered boards for the grant's
 * packs. Nothing else: no board row is opened (grant_board keeps the board's name, refreshed when
 * the board is evaluated), and results carry their evidence already labelled (pseudonyms and
 * seats), so no meeting, minutes or member row is opened across tenants either. The grantee reads the funder's name and the grant's packs (its
 * rules must be readable to be evaluated); the link's holder reads them before accepting.
 */
export class CreateGrants1795483600000 implements MigrationInterface {
  name = 'CreateGrants1795483600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const TS = 'TIMESTAMP WITH TIME ZONE';
    await q(`CREATE TABLE "grant" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "title" character varying(200) NOT NULL,
      "reference" character varying(100),
      "status" character varying(12) NOT NULL DEFAULT 'invited',
      "starts_on" date NOT NULL,
      "ends_on" date,
      "boards_note" character varying(500) NOT NULL DEFAULT '',
      "invited_email" character varying(254) NOT NULL,
      "token_hash" character(64),
      "token_expires_at" ${TS},
      "grantee_organization_id" uuid,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "decided_at" ${TS},
      "decided_by" uuid,
      CONSTRAINT "PK_grant" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_grant_status" CHECK ("status" IN ('invited', 'accepted', 'declined', 'withdrawn')),
      CONSTRAINT "CHK_grant_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"),
      CONSTRAINT "CHK_grant_link" CHECK (("status" = 'invited') = ("token_hash" IS NOT NULL)),
      CONSTRAINT "CHK_grant_grantee" CHECK ("status" <> 'accepted' OR "grantee_organization_id" IS NOT NULL),
      CONSTRAINT "UQ_grant_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "FK_grant_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_grantee" FOREIGN KEY ("grantee_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_grant_decided_by" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_grant_organization" ON "grant" ("organization_id", "created_at")`);
    await q(`CREATE INDEX "IDX_grant_grantee" ON "grant" ("grantee_organization_id")`);
    await q(`CREATE INDEX "IDX_grant_created_by" ON "grant" ("created_by")`);
    await q(`CREATE INDEX "IDX_grant_decided_by" ON "grant" ("decided_by")`);

    await q(`CREATE TABLE "grant_pack" (
      "grant_id" uuid NOT NULL,
      "pack_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      CONSTRAINT "PK_grant_pack" PRIMARY KEY ("grant_id", "pack_id"),
      CONSTRAINT "FK_grant_pack_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_pack_grant" FOREIGN KEY ("grant_id") REFERENCES "grant"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_pack_pack" FOREIGN KEY ("pack_id") REFERENCES "compliance_pack"("id") ON DELETE RESTRICT)`);
    await q(`CREATE INDEX "IDX_grant_pack_organization" ON "grant_pack" ("organization_id", "grant_id")`);
    await q(`CREATE INDEX "IDX_grant_pack_pack" ON "grant_pack" ("pack_id")`);

    await q(`CREATE TABLE "grant_board" (
      "grant_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "grantee_organization_id" uuid NOT NULL,
      "board_name" character varying(120) NOT NULL,
      CONSTRAINT "PK_grant_board" PRIMARY KEY ("grant_id", "board_id"),
      CONSTRAINT "FK_grant_board_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_board_grantee" FOREIGN KEY ("grantee_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_board_grant" FOREIGN KEY ("grant_id") REFERENCES "grant"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_grant_board_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_grant_board_organization" ON "grant_board" ("organization_id", "grant_id")`);
    await q(`CREATE INDEX "IDX_grant_board_grantee" ON "grant_board" ("grantee_organization_id")`);
    await q(`CREATE INDEX "IDX_grant_board_board" ON "grant_board" ("board_id")`);

    // Whether the asking organisation funds the board through an accepted grant that names the pack.
    // Plain SQL, not SECURITY DEFINER: it reads grant and grant_board under their own policies, which let the funder see its rows.
    await q(`CREATE FUNCTION app_funds_board_pack(board uuid, pack uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM "grant_board" gb JOIN "grant" g ON g."id" = gb."grant_id" JOIN "grant_pack" gp ON gp."grant_id" = g."id"
                      WHERE gb."board_id" = board AND gp."pack_id" = pack AND g."organization_id" = app_organization_id() AND g."status" = 'accepted') $$`);

    const link = `"token_hash" = app_setting('app.grant_token_hash')`;
    const policies: Array<[string, string, string]> = [
      // The link's holder reads the invitation and answers it; the answer names its own organisation.
      ['grant', `"organization_id" = app_organization_id() OR "grantee_organization_id" = app_organization_id() OR ${link}`,
        `"organization_id" = app_organization_id() OR "grantee_organization_id" = app_organization_id()`],
      ['grant_pack', `"organization_id" = app_organization_id() OR EXISTS (SELECT 1 FROM "grant" g WHERE g."id" = "grant_pack"."grant_id")`, `"organization_id" = app_organization_id()`],
      // The grantee names only boards it hosts.
      ['grant_board', `"organization_id" = app_organization_id() OR "grantee_organization_id" = app_organization_id()`,
        `"grantee_organization_id" = app_organization_id() AND EXISTS (SELECT 1 FROM "board" b WHERE b."id" = "grant_board"."board_id" AND b."organization_id" = app_organization_id())`],
    ];
    for (const [table, using, check] of policies) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${using}) WITH CHECK (${check})`);
    }

    // A grant's packs are readable by whoever reads the grant (its grantee, the link's holder).
    const grantPackOpen = (pack: string) => `EXISTS (SELECT 1 FROM "grant_pack" gp WHERE gp."pack_id" = ${pack} AND gp."organization_id" <> app_organization_id())`;
    await q(`CREATE POLICY "grant_read" ON "compliance_pack" FOR SELECT USING (${grantPackOpen('"compliance_pack"."id"')})`);
    await q(`CREATE POLICY "grant_read" ON "compliance_pack_version" FOR SELECT USING (${grantPackOpen('"compliance_pack_version"."pack_id"')})`);
    await q(`CREATE POLICY "funder_read" ON "compliance_result" FOR SELECT USING (
      app_funds_board_pack("board_id", (SELECT v."pack_id" FROM "compliance_pack_version" v WHERE v."id" = "compliance_result"."pack_version_id")))`);
    // Funder and grantee see each other's name; so does the link's holder, the funder's.
    await q(`CREATE POLICY "grant_read" ON "organization" FOR SELECT USING (EXISTS (SELECT 1 FROM "grant" g WHERE
      (g."organization_id" = "organization"."id" AND (g."grantee_organization_id" = app_organization_id() OR g."token_hash" = app_setting('app.grant_token_hash')))
      OR (g."grantee_organization_id" = "organization"."id" AND g."organization_id" = app_organization_id())))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP POLICY "grant_read" ON "organization"`);
    await q(`DROP POLICY "funder_read" ON "compliance_result"`);
    await q(`DROP POLICY "grant_read" ON "compliance_pack_version"`);
    await q(`DROP POLICY "grant_read" ON "compliance_pack"`);
    await q(`DROP FUNCTION app_funds_board_pack(uuid, uuid)`);
    await q(`DROP TABLE "grant_board"`);
    await q(`DROP TABLE "grant_pack"`);
    await q(`DROP TABLE "grant"`);
  }
}
