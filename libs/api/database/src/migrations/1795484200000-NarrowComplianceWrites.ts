import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reading and writing are separate permissions: what an organisation may read of packs and grants
 * no longer lets it write them too.
 *
 * - Packs: everyone reads Cabinet's packs, but only the migrator (the table's owner) writes,
 *   changes or removes them. An organisation writes only its own packs, and adds versions only to
 *   its own packs.
 * - Grants:
 *   - The funder records and withdraws its grants, and names their packs only while the grant
 *     waits for an answer.
 *   - A link's holder only answers: waiting → accepted or declined, naming itself (the row must
 *     stay readable to whoever answered), checked by a trigger that knows the link.
 *   - The grantee names only boards it hosts, under a grant it accepted.
 *   - Nobody deletes a grant.
 * - Audit: a funder reads only the grantee's own entries about a covered board, and never the
 *   entries about members' attributes (consent given or withdrawn), whose counts would get round
 *   the small-count rule.
 */
export class NarrowComplianceWrites1795484200000 implements MigrationInterface {
  name = 'NarrowComplianceWrites1795484200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    const own = `"organization_id" = app_organization_id()`;
    const cabinets = (table: string) => `("organization_id" IS NULL AND app_owns('${table}'))`;

    for (const table of ['compliance_pack', 'compliance_pack_version']) {
      await q(`DROP POLICY "tenant_isolation" ON "${table}"`);
      await q(`CREATE POLICY "tenant_read" ON "${table}" FOR SELECT USING ("organization_id" IS NULL OR ${own})`);
      await q(`CREATE POLICY "tenant_update" ON "${table}" FOR UPDATE USING (${own} OR ${cabinets(table)}) WITH CHECK (${own} OR ${cabinets(table)})`);
      await q(`CREATE POLICY "tenant_delete" ON "${table}" FOR DELETE USING (${own} OR ${cabinets(table)})`);
    }
    await q(`CREATE POLICY "tenant_insert" ON "compliance_pack" FOR INSERT WITH CHECK (${own} OR ${cabinets('compliance_pack')})`);
    // A version belongs to its pack's organisation (or to none, for Cabinet's packs).
    await q(`CREATE POLICY "tenant_insert" ON "compliance_pack_version" FOR INSERT WITH CHECK (
      (${own} OR ${cabinets('compliance_pack_version')})
      AND EXISTS (SELECT 1 FROM "compliance_pack" p WHERE p."id" = "compliance_pack_version"."pack_id" AND p."organization_id" IS NOT DISTINCT FROM "compliance_pack_version"."organization_id"))`);

    const link = `"token_hash" = app_setting('app.grant_token_hash')`;
    await q(`DROP POLICY "tenant_isolation" ON "grant"`);
    await q(`CREATE POLICY "tenant_read" ON "grant" FOR SELECT USING (${own} OR "grantee_organization_id" = app_organization_id() OR ${link})`);
    await q(`CREATE POLICY "funder_insert" ON "grant" FOR INSERT WITH CHECK (${own} AND "status" = 'invited' AND "grantee_organization_id" IS NULL)`);
    await q(`CREATE POLICY "funder_update" ON "grant" FOR UPDATE USING (${own}) WITH CHECK (${own})`);
    await q(`CREATE POLICY "link_answer" ON "grant" FOR UPDATE USING (${link} AND "status" = 'invited')
      WITH CHECK ("status" IN ('accepted', 'declined') AND "grantee_organization_id" = app_organization_id())`);
    // What may change, and who may change it: the policies say which rows, this says which moves.
    await q(`CREATE FUNCTION grant_change_is_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."organization_id" <> OLD."organization_id" OR NEW."invited_email" <> OLD."invited_email" OR NEW."created_at" <> OLD."created_at" THEN
          RAISE EXCEPTION 'A grant keeps its funder, address and date' USING ERRCODE = 'check_violation';
        END IF;
        IF OLD."status" = NEW."status" THEN
          IF NEW."grantee_organization_id" IS DISTINCT FROM OLD."grantee_organization_id" THEN
            RAISE EXCEPTION 'A grant keeps its grantee' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END IF;
        IF OLD."status" = 'invited' AND NEW."status" IN ('accepted', 'declined') AND OLD."token_hash" = app_setting('app.grant_token_hash') THEN
          RETURN NEW;
        END IF;
        IF OLD."status" IN ('invited', 'accepted') AND NEW."status" = 'withdrawn' AND OLD."organization_id" = app_organization_id()
           AND NEW."grantee_organization_id" IS NOT DISTINCT FROM OLD."grantee_organization_id" THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'A grant cannot move from % to %', OLD."status", NEW."status" USING ERRCODE = 'check_violation';
      END $$`);
    await q(`CREATE TRIGGER "grant_change_is_allowed" BEFORE UPDATE ON "grant" FOR EACH ROW EXECUTE FUNCTION grant_change_is_allowed()`);

    await q(`DROP POLICY "tenant_isolation" ON "grant_pack"`);
    await q(`CREATE POLICY "tenant_read" ON "grant_pack" FOR SELECT USING (${own} OR EXISTS (SELECT 1 FROM "grant" g WHERE g."id" = "grant_pack"."grant_id"))`);
    await q(`CREATE POLICY "funder_insert" ON "grant_pack" FOR INSERT WITH CHECK (${own}
      AND EXISTS (SELECT 1 FROM "grant" g WHERE g."id" = "grant_pack"."grant_id" AND g."organization_id" = app_organization_id() AND g."status" = 'invited'))`);

    const hosts = `"grantee_organization_id" = app_organization_id() AND EXISTS (SELECT 1 FROM "board" b WHERE b."id" = "grant_board"."board_id" AND b."organization_id" = app_organization_id())
      AND EXISTS (SELECT 1 FROM "grant" g WHERE g."id" = "grant_board"."grant_id" AND g."grantee_organization_id" = app_organization_id()
                  AND g."organization_id" = "grant_board"."organization_id" AND g."status" = 'accepted')`;
    await q(`DROP POLICY "tenant_isolation" ON "grant_board"`);
    await q(`CREATE POLICY "tenant_read" ON "grant_board" FOR SELECT USING (${own} OR "grantee_organization_id" = app_organization_id())`);
    await q(`CREATE POLICY "grantee_insert" ON "grant_board" FOR INSERT WITH CHECK (${hosts})`);
    // The grantee keeps the board's name fresh for the funder, and nothing else.
    await q(`CREATE POLICY "grantee_update" ON "grant_board" FOR UPDATE USING ("grantee_organization_id" = app_organization_id()) WITH CHECK (${hosts})`);

    await q(`CREATE FUNCTION app_funds_board_entry(board uuid, author uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM "grant_board" gb JOIN "grant" g ON g."id" = gb."grant_id"
                      WHERE gb."board_id" = board AND gb."grantee_organization_id" = author
                        AND g."organization_id" = app_organization_id() AND g."status" = 'accepted') $$`);
    await q(`DROP POLICY "funder_read" ON "audit_entry"`);
    await q(`CREATE POLICY "funder_read" ON "audit_entry" FOR SELECT USING (
      "action" NOT LIKE 'board_member.tag_consent%' AND app_funds_board_entry(app_audit_board("entity_type", "entity_id", "details"), "organization_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP POLICY "funder_read" ON "audit_entry"`);
    await q(`CREATE POLICY "funder_read" ON "audit_entry" FOR SELECT USING (app_funds_board(app_audit_board("entity_type", "entity_id", "details")))`);
    await q(`DROP FUNCTION app_funds_board_entry(uuid, uuid)`);
    for (const policy of ['tenant_read', 'grantee_insert', 'grantee_update']) await q(`DROP POLICY "${policy}" ON "grant_board"`);
    await q(`CREATE POLICY "tenant_isolation" ON "grant_board" USING ("organization_id" = app_organization_id() OR "grantee_organization_id" = app_organization_id())
      WITH CHECK ("grantee_organization_id" = app_organization_id() AND EXISTS (SELECT 1 FROM "board" b WHERE b."id" = "grant_board"."board_id" AND b."organization_id" = app_organization_id()))`);
    for (const policy of ['tenant_read', 'funder_insert']) await q(`DROP POLICY "${policy}" ON "grant_pack"`);
    await q(`CREATE POLICY "tenant_isolation" ON "grant_pack" USING ("organization_id" = app_organization_id() OR EXISTS (SELECT 1 FROM "grant" g WHERE g."id" = "grant_pack"."grant_id")) WITH CHECK ("organization_id" = app_organization_id())`);
    await q(`DROP TRIGGER "grant_change_is_allowed" ON "grant"`);
    await q(`DROP FUNCTION grant_change_is_allowed()`);
    for (const policy of ['tenant_read', 'funder_insert', 'funder_update', 'link_answer']) await q(`DROP POLICY "${policy}" ON "grant"`);
    await q(`CREATE POLICY "tenant_isolation" ON "grant" USING ("organization_id" = app_organization_id() OR "grantee_organization_id" = app_organization_id() OR "token_hash" = app_setting('app.grant_token_hash'))
      WITH CHECK ("organization_id" = app_organization_id() OR "grantee_organization_id" = app_organization_id())`);
    for (const table of ['compliance_pack', 'compliance_pack_version']) {
      for (const policy of ['tenant_read', 'tenant_insert', 'tenant_update', 'tenant_delete']) await q(`DROP POLICY "${policy}" ON "${table}"`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING ("organization_id" IS NULL OR "organization_id" = app_organization_id())
        WITH CHECK ("organization_id" = app_organization_id() OR ("organization_id" IS NULL AND app_owns('${table}')))`);
    }
  }
}
