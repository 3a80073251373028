import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meeting reminders that went out: one row per meeting, offset (days before) and sequence,
 * written in the transaction that queues the reminder's emails, so a reminder is sent once
 * whatever the number of jobs, retries or workers. Visible like the meeting's board.
 */
export class CreateMeetingReminders1795477200000 implements MigrationInterface {
  name = 'CreateMeetingReminders1795477200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "meeting_reminder" (
      "meeting_id" uuid NOT NULL,
      "days_before" integer NOT NULL,
      "sequence" integer NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting_reminder" PRIMARY KEY ("meeting_id", "days_before", "sequence"),
      CONSTRAINT "FK_meeting_reminder_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_meeting_reminder_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_meeting_reminder_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_meeting_reminder_organization" ON "meeting_reminder" ("organization_id", "board_id")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "meeting_reminder" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "meeting_reminder" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "meeting_reminder" USING (${visible}) WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_reminder"`);
  }
}
