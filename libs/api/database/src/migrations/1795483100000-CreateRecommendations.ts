import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const fk = (table: string, name: string, column: string, target: string, onDelete = 'CASCADE') =>
  `CONSTRAINT "FK_${table}_${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;
/** The host's organization_id and the board_id, as on every board-owned row. */
const owned = (table: string) => `${fk(table, 'organization', 'organization_id', 'organization')}, ${fk(table, 'board', 'board_id', 'board')}`;

const TABLES = ['board_recommendation_settings', 'recommendation', 'recommendation_liaison', 'recommendation_response', 'milestone', 'progress_update', 'recommendation_review', 'recommendation_event'];

/**
 * The recommendation accountability loop: a board's recommendations, addressed to its host or a
 * partner organisation (both see the board through app_board_visible, so the same policy serves
 * the board's people and the agency's liaisons; the application narrows who may do what), the
 * agency's answers round by round, the implementation plan (milestones, progress updates), the
 * board's reviews, and an append-only timeline of every change of state.
 *
 * The answer's clock: response_due_on is the day the answer is due; while the agency waits for
 * the board's answer to a question (paused_at set), the clock stands still, and the days it stood
 * still (paused_days) are added to the due date when the board answers.
 */
export class CreateRecommendations1795483100000 implements MigrationInterface {
  name = 'CreateRecommendations1795483100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    await q(`CREATE TABLE "board_recommendation_settings" (
      "board_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "response_days" integer NOT NULL DEFAULT 30,
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_recommendation_settings" PRIMARY KEY ("board_id"),
      CONSTRAINT "CHK_board_recommendation_settings_response_days" CHECK ("response_days" BETWEEN 1 AND 180),
      ${owned('board_recommendation_settings')})`);
    await q(`CREATE INDEX "IDX_board_recommendation_settings_organization" ON "board_recommendation_settings" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "recommendation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "title" character varying(200) NOT NULL,
      "body" character varying(4000) NOT NULL,
      "status" character varying(20) NOT NULL DEFAULT 'draft',
      "source" character varying(12) NOT NULL,
      "source_input_id" uuid,
      "source_agenda_item_id" uuid,
      "adopted_motion_id" uuid,
      "addressed_organization_id" uuid,
      "drafted_by" uuid,
      "adopted_at" ${TS},
      "sent_at" ${TS},
      "response_due_on" date,
      "paused_at" ${TS},
      "paused_days" integer NOT NULL DEFAULT 0,
      "reported_at" ${TS},
      "closed_at" ${TS},
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_recommendation" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_recommendation_status" CHECK ("status" IN ('draft', 'adopted', 'sent', 'info_requested', 'responded', 'in_progress', 'reported', 'closed', 'reopened')),
      CONSTRAINT "CHK_recommendation_source" CHECK ("source" IN ('input', 'agenda_item', 'direct')),
      CONSTRAINT "CHK_recommendation_source_links" CHECK (("source_input_id" IS NULL OR "source" = 'input') AND ("source_agenda_item_id" IS NULL OR "source" = 'agenda_item')),
      CONSTRAINT "CHK_recommendation_paused_days" CHECK ("paused_days" >= 0),
      CONSTRAINT "CHK_recommendation_paused" CHECK (("status" = 'info_requested') = ("paused_at" IS NOT NULL)),
      CONSTRAINT "CHK_recommendation_sent" CHECK ("status" IN ('draft', 'adopted') OR ("sent_at" IS NOT NULL AND "response_due_on" IS NOT NULL AND "addressed_organization_id" IS NOT NULL)),
      ${owned('recommendation')},
      ${fk('recommendation', 'source_input', 'source_input_id', 'peer_input', 'SET NULL')},
      ${fk('recommendation', 'source_agenda_item', 'source_agenda_item_id', 'agenda_item', 'SET NULL')},
      ${fk('recommendation', 'adopted_motion', 'adopted_motion_id', 'motion', 'SET NULL')},
      ${fk('recommendation', 'addressed_organization', 'addressed_organization_id', 'organization', 'SET NULL')},
      ${fk('recommendation', 'drafted_by', 'drafted_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_recommendation_organization" ON "recommendation" ("organization_id", "board_id", "status")`);
    await q(`CREATE INDEX "IDX_recommendation_addressed" ON "recommendation" ("addressed_organization_id", "status")`);

    await q(`CREATE TABLE "recommendation_liaison" (
      "recommendation_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      CONSTRAINT "PK_recommendation_liaison" PRIMARY KEY ("recommendation_id", "user_id"),
      ${owned('recommendation_liaison')},
      ${fk('recommendation_liaison', 'recommendation', 'recommendation_id', 'recommendation')},
      ${fk('recommendation_liaison', 'user', 'user_id', 'app_user')})`);
    await q(`CREATE INDEX "IDX_recommendation_liaison_organization" ON "recommendation_liaison" ("organization_id", "board_id")`);
    await q(`CREATE INDEX "IDX_recommendation_liaison_user" ON "recommendation_liaison" ("user_id")`);

    await q(`CREATE TABLE "recommendation_response" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "round" integer NOT NULL,
      "decision" character varying(16) NOT NULL,
      "reasons" character varying(4000),
      "responded_by" uuid,
      "responded_at" ${TS} NOT NULL DEFAULT now(),
      "board_answer" character varying(4000),
      "answered_by" uuid,
      "answered_at" ${TS},
      CONSTRAINT "PK_recommendation_response" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_recommendation_response_round" UNIQUE ("recommendation_id", "round"),
      CONSTRAINT "CHK_recommendation_response_decision" CHECK ("decision" IN ('accepted', 'partly_accepted', 'declined', 'info_needed')),
      CONSTRAINT "CHK_recommendation_response_reasons" CHECK ("decision" = 'accepted' OR "reasons" IS NOT NULL),
      CONSTRAINT "CHK_recommendation_response_answer" CHECK ("board_answer" IS NULL OR "decision" = 'info_needed'),
      ${owned('recommendation_response')},
      ${fk('recommendation_response', 'recommendation', 'recommendation_id', 'recommendation')},
      ${fk('recommendation_response', 'responded_by', 'responded_by', 'app_user', 'SET NULL')},
      ${fk('recommendation_response', 'answered_by', 'answered_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_recommendation_response_organization" ON "recommendation_response" ("organization_id", "board_id", "recommendation_id")`);

    await q(`CREATE TABLE "milestone" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "title" character varying(200) NOT NULL,
      "owner" character varying(120) NOT NULL,
      "due_on" date NOT NULL,
      "done_at" ${TS},
      "position" integer NOT NULL,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_milestone" PRIMARY KEY ("id"),
      ${owned('milestone')},
      ${fk('milestone', 'recommendation', 'recommendation_id', 'recommendation')},
      ${fk('milestone', 'created_by', 'created_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_milestone_organization" ON "milestone" ("organization_id", "board_id", "recommendation_id", "position")`);

    await q(`CREATE TABLE "progress_update" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "milestone_id" uuid,
      "text" character varying(4000) NOT NULL,
      "link" character varying(500),
      "percent_complete" integer NOT NULL,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_progress_update" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_progress_update_percent" CHECK ("percent_complete" BETWEEN 0 AND 100),
      ${owned('progress_update')},
      ${fk('progress_update', 'recommendation', 'recommendation_id', 'recommendation')},
      ${fk('progress_update', 'milestone', 'milestone_id', 'milestone', 'SET NULL')},
      ${fk('progress_update', 'created_by', 'created_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_progress_update_organization" ON "progress_update" ("organization_id", "board_id", "recommendation_id", "created_at")`);

    await q(`CREATE TABLE "recommendation_review" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "satisfied" boolean NOT NULL,
      "reasons" character varying(4000),
      "motion_id" uuid,
      "recorded_by" uuid,
      "recorded_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_recommendation_review" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_recommendation_review_reasons" CHECK ("satisfied" OR "reasons" IS NOT NULL),
      ${owned('recommendation_review')},
      ${fk('recommendation_review', 'recommendation', 'recommendation_id', 'recommendation')},
      ${fk('recommendation_review', 'meeting', 'meeting_id', 'meeting')},
      ${fk('recommendation_review', 'motion', 'motion_id', 'motion', 'SET NULL')},
      ${fk('recommendation_review', 'recorded_by', 'recorded_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_recommendation_review_organization" ON "recommendation_review" ("organization_id", "board_id", "recommendation_id")`);

    // Roles, not people: the timeline names who acted by their role; the audit trail keeps the account.
    await q(`CREATE TABLE "recommendation_event" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "recommendation_id" uuid NOT NULL,
      "kind" character varying(30) NOT NULL,
      "at" ${TS} NOT NULL DEFAULT now(),
      "actor_role" character varying(20),
      "ref_id" uuid,
      CONSTRAINT "PK_recommendation_event" PRIMARY KEY ("id"),
      ${owned('recommendation_event')},
      ${fk('recommendation_event', 'recommendation', 'recommendation_id', 'recommendation')})`);
    await q(`CREATE INDEX "IDX_recommendation_event_organization" ON "recommendation_event" ("organization_id", "board_id", "recommendation_id", "at")`);
    // The timeline is history: rows are added, never changed (they go only with their board).
    await q(`CREATE FUNCTION recommendation_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'recommendation events cannot be changed'; END $$`);
    await q(`CREATE TRIGGER "TRG_recommendation_event_append_only" BEFORE UPDATE ON "recommendation_event"
      FOR EACH STATEMENT EXECUTE FUNCTION recommendation_event_is_append_only()`);

    const visible = `app_board_visible("organization_id", "board_id")`;
    for (const table of TABLES) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${visible}) WITH CHECK (${visible})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query('DROP FUNCTION recommendation_event_is_append_only()');
  }
}
