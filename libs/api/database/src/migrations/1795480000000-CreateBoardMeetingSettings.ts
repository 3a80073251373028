import { MigrationInterface, QueryRunner } from 'typeorm';

/** At most four offsets, each 0 to 60 days, no gaps (NULL), strictly decreasing (so distinct). The entity repeats it. */
const REMINDER_DAYS_CHECK =
  `cardinality("reminder_days") <= 4 AND array_position("reminder_days", NULL) IS NULL AND 0 <= ALL("reminder_days") AND 60 >= ALL("reminder_days")` +
  ` AND coalesce("reminder_days"[1] > "reminder_days"[2], true) AND coalesce("reminder_days"[2] > "reminder_days"[3], true) AND coalesce("reminder_days"[3] > "reminder_days"[4], true)`;

/**
 * A board's own meeting settings: when reminders go out, how early the agenda is published, how
 * long members have to comment on draft minutes, and whether the chair approves the minutes. A
 * board without a row uses the defaults (7 and 1 days, 7, 7, no).
 *
 * Reminder days are kept largest first and distinct (the strictly decreasing check), at most four.
 * Visible like the board; the worker's scheduled sweeps (app.scheduler) may read them, as they
 * read board terms, to find what is due across tenants.
 */
export class CreateBoardMeetingSettings1795480000000 implements MigrationInterface {
  name = 'CreateBoardMeetingSettings1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "board_meeting_settings" (
      "board_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "reminder_days" integer array NOT NULL DEFAULT '{7,1}',
      "agenda_publish_days" integer NOT NULL DEFAULT 7,
      "comment_days" integer NOT NULL DEFAULT 7,
      "chair_approves_minutes" boolean NOT NULL DEFAULT false,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_meeting_settings" PRIMARY KEY ("board_id"),
      CONSTRAINT "CHK_board_meeting_settings_reminder_days" CHECK (${REMINDER_DAYS_CHECK}),
      CONSTRAINT "CHK_board_meeting_settings_agenda_publish_days" CHECK ("agenda_publish_days" BETWEEN 0 AND 30),
      CONSTRAINT "CHK_board_meeting_settings_comment_days" CHECK ("comment_days" BETWEEN 1 AND 60),
      CONSTRAINT "FK_board_meeting_settings_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_board_meeting_settings_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_board_meeting_settings_organization" ON "board_meeting_settings" ("organization_id", "board_id")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "board_meeting_settings" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "board_meeting_settings" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "board_meeting_settings" USING (${visible} OR app_setting('app.scheduler') = 'on') WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "board_meeting_settings"`);
  }
}

