import { MigrationInterface, QueryRunner } from 'typeorm';

const VISIBLE = `app_board_visible("organization_id", "board_id")`;
const PUBLIC_APPLICATION = `("status" = 'applied' AND "user_id" IS NULL AND app_setting('app.board_slug') IS NOT NULL
  AND "board_id" IN (SELECT b."id" FROM "board" b WHERE b."slug" = app_setting('app.board_slug') AND (b."public_pages" OR b."accepts_applications")))`;

/**
 * A person's own board memberships are theirs to see and to have erased, whichever organisation
 * runs the board: erasing an account pseudonymises the board rows that name them, and the data
 * export lists them. Board routes still reach a board only through the active organisation.
 */
export class LetPeopleSeeTheirBoardMemberships1795472880000 implements MigrationInterface {
  name = 'LetPeopleSeeTheirBoardMemberships1795472880000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY "tenant_isolation" ON "board_member"
      USING (${VISIBLE} OR "user_id" = app_user_id())
      WITH CHECK (${VISIBLE} OR "user_id" = app_user_id() OR ${PUBLIC_APPLICATION})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY "tenant_isolation" ON "board_member" USING (${VISIBLE}) WITH CHECK (${VISIBLE} OR ${PUBLIC_APPLICATION})`);
  }
}
