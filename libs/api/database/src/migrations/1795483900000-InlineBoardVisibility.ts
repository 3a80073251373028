import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The same rule, checked much faster. app_board_visible guards every board table's rows: the
 * board's host, or a partner organisation. Its partner test was an EXISTS subquery, and Postgres
 * never inlines a SQL function holding a subquery, so every row read paid a function call (about
 * a second for the 150,000 attendance rows of a 200-board portfolio). Now the body is a plain
 * expression Postgres inlines into each policy: the host test runs first and costs a comparison;
 * only a partner's rows go on to the list of boards the organisation co-owns.
 */
export class InlineBoardVisibility1795483900000 implements MigrationInterface {
  name = 'InlineBoardVisibility1795483900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // Reads board_partner under that table's own policy, which refers to nothing else.
    await q(`CREATE FUNCTION app_partner_board_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT coalesce(array_agg(bp."board_id"), '{}') FROM "board_partner" bp WHERE bp."partner_organization_id" = app_organization_id() $$`);
    await q(`CREATE OR REPLACE FUNCTION app_board_visible(host uuid, board uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT host = app_organization_id() OR board = ANY (app_partner_board_ids()) $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE OR REPLACE FUNCTION app_board_visible(host uuid, board uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT host = app_organization_id()
          OR EXISTS (SELECT 1 FROM "board_partner" bp WHERE bp."board_id" = board AND bp."partner_organization_id" = app_organization_id()) $$`);
    await q(`DROP FUNCTION app_partner_board_ids()`);
  }
}
