import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages outside any organisation (email confirmations, password resets) carry addresses and
 * link tokens until delivered: only the worker's relay may read them, not any tenant's query.
 */
export class HideSystemOutboxMessages1795465930000 implements MigrationInterface {
  name = 'HideSystemOutboxMessages1795465930000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER POLICY "tenant_isolation" ON "outbox_message" USING ("organization_id" = app_organization_id() OR app_setting('app.outbox_relay') = 'on')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER POLICY "tenant_isolation" ON "outbox_message" USING ("organization_id" IS NULL OR "organization_id" = app_organization_id() OR app_setting('app.outbox_relay') = 'on')`,
    );
  }
}
