import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation may end the sessions held in it (disabling a member ends their access at once).
 * Before, a session row could only be written by its own person, which forced use cases to
 * impersonate the member for that statement.
 */
export class AllowOrganizationToEndSessions1795464654000 implements MigrationInterface {
  name = 'AllowOrganizationToEndSessions1795464654000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY "tenant_isolation" ON "user_session" WITH CHECK ("user_id" = app_user_id() OR "organization_id" = app_organization_id())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER POLICY "tenant_isolation" ON "user_session" WITH CHECK ("user_id" = app_user_id())`);
  }
}
