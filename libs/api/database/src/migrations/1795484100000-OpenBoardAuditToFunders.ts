import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A funder's accepted grant opens the audit trail of the boards it covers: the entries about the
 * board itself, or naming it in their details. Entries hold ids and small facts only, never names,
 * so nothing personal crosses. Read-only, beside the tenant policy.
 */
export class OpenBoardAuditToFunders1795484100000 implements MigrationInterface {
  name = 'OpenBoardAuditToFunders1795484100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // Plain SQL, not SECURITY DEFINER: it reads grant and grant_board under their own policies, which show the funder its rows.
    await q(`CREATE FUNCTION app_funds_board(board uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM "grant_board" gb JOIN "grant" g ON g."id" = gb."grant_id"
                      WHERE gb."board_id" = board AND g."organization_id" = app_organization_id() AND g."status" = 'accepted') $$`);
    // The board an entry is about: the entry's own subject, or the board its details name (ids only; anything else names none).
    await q(`CREATE FUNCTION app_audit_board(entity_type text, entity_id text, details jsonb) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN candidate ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN candidate::uuid END
        FROM (SELECT CASE WHEN entity_type = 'board' THEN entity_id ELSE details->>'boardId' END AS candidate) AS c $$`);
    // A board's entries are found by this, not by scanning every organisation's trail.
    await q(`CREATE INDEX "IDX_audit_entry_board" ON "audit_entry" (app_audit_board("entity_type", "entity_id", "details"))`);
    await q(`CREATE POLICY "funder_read" ON "audit_entry" FOR SELECT USING (app_funds_board(app_audit_board("entity_type", "entity_id", "details")))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP POLICY "funder_read" ON "audit_entry"`);
    await q(`DROP INDEX "IDX_audit_entry_board"`);
    await q(`DROP FUNCTION app_audit_board(text, text, jsonb)`);
    await q(`DROP FUNCTION app_funds_board(uuid)`);
  }
}
