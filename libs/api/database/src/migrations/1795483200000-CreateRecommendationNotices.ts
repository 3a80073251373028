import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The accountability sweep's memory: one row per reminder, escalation or agenda proposal sent
 * about a recommendation's answer or a milestone, keyed by what it was about (the recommendation
 * or the milestone), its kind and the due day it counted from. The row is written in the same
 * transaction that queues the emails, so each goes out once; a due day moved later (a paused
 * clock, a milestone re-dated) is a new key and earns its own reminders.
 *
 * Timeline steps get a sequence, so steps of the same instant keep the order they were written in.
 *
 * The sweep finds what is due across tenants through the scheduler's narrow door: extra
 * read-only policies on recommendation and milestone (permissive policies add up with the
 * tenant one), which it uses for ids and dates only before acting in each organisation.
 */
export class CreateRecommendationNotices1795483200000 implements MigrationInterface {
  name = 'CreateRecommendationNotices1795483200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "recommendation_notice" (
      "subject_id" uuid NOT NULL,
      "kind" character varying(30) NOT NULL,
      "due_on" date NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "agenda_item_id" uuid,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_recommendation_notice" PRIMARY KEY ("subject_id", "kind", "due_on"),
      CONSTRAINT "CHK_recommendation_notice_kind" CHECK ("kind" IN ('response_due_soon', 'response_due', 'response_escalated', 'response_agenda', 'milestone_due_soon', 'milestone_due', 'milestone_escalated', 'milestone_agenda')),
      CONSTRAINT "FK_recommendation_notice_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_recommendation_notice_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_recommendation_notice_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_recommendation_notice_agenda_item" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_recommendation_notice_organization" ON "recommendation_notice" ("organization_id", "board_id", "recommendation_id")`);
    const visible = `app_board_visible("organization_id", "board_id")`;
    await q(`ALTER TABLE "recommendation_notice" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "recommendation_notice" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "recommendation_notice" USING (${visible}) WITH CHECK (${visible})`);

    for (const table of ['recommendation', 'milestone']) {
      await q(`CREATE POLICY "scheduler_read" ON "${table}" FOR SELECT USING (app_setting('app.scheduler') = 'on')`);
    }
    // Steps recorded in the same instant (a sweep's reminder and its agenda proposal, say) keep
    // the order they were written in: the timeline sorts by time, then by this.
    await q(`ALTER TABLE "recommendation_event" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`);
    // The sweep looks for answers awaited and milestones open, by due day.
    await q(`CREATE INDEX "IDX_recommendation_response_due" ON "recommendation" ("response_due_on") WHERE "status" IN ('sent', 'reopened')`);
    await q(`CREATE INDEX "IDX_milestone_due" ON "milestone" ("due_on") WHERE "done_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DROP INDEX "IDX_milestone_due"`);
    await q(`DROP INDEX "IDX_recommendation_response_due"`);
    for (const table of ['recommendation', 'milestone']) await q(`DROP POLICY "scheduler_read" ON "${table}"`);
    await q(`ALTER TABLE "recommendation_event" DROP COLUMN "seq"`);
    await q(`DROP TABLE "recommendation_notice"`);
  }
}
