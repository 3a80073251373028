import { MigrationInterface, QueryRunner } from 'typeorm';

const PER_ROW = `app_funds_board_pack("board_id", (SELECT v."pack_id" FROM "compliance_pack_version" v WHERE v."id" = "compliance_result"."pack_version_id"))`;

/**
 * A funder reads the stored verdicts of the boards and packs its accepted grants cover. The policy
 * asked that of every row, through a function Postgres cannot fold into the query: for a portfolio
 * of 200 boards over 5 years, 1,800 calls, most of the dashboard's time. The same rule as one
 * uncorrelated set (every board and pack version the funder's accepted grants name) is computed
 * once per query and probed as a hash. Each table it reads keeps its own row-level security, as
 * before.
 */
export class FindFundedResultsOnce1795484400000 implements MigrationInterface {
  name = 'FindFundedResultsOnce1795484400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY "funder_read" ON "compliance_result" USING (
      ("board_id", "pack_version_id") IN (
        SELECT gb."board_id", v."id"
          FROM "grant" g
          JOIN "grant_board" gb ON gb."grant_id" = g."id"
          JOIN "grant_pack" gp ON gp."grant_id" = g."id"
          JOIN "compliance_pack_version" v ON v."pack_id" = gp."pack_id"
         WHERE g."organization_id" = app_organization_id() AND g."status" = 'accepted'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY "funder_read" ON "compliance_result" USING (${PER_ROW})`);
  }
}
