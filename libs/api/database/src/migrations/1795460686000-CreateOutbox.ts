import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutbox1795460686000 implements MigrationInterface {
  name = 'CreateOutbox1795460686000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid,
        "kind" character varying(40) NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "enqueued_at" TIMESTAMP WITH TIME ZONE,
        "claimed_until" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "processed_at" TIMESTAMP WITH TIME ZONE,
        "last_error" character varying(500),
        CONSTRAINT "PK_outbox_message" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_outbox_message_pending" ON "outbox_message" ("available_at") WHERE "enqueued_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_outbox_message_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
