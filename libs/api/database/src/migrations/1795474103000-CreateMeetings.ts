import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const fk = (table: string, name: string, column: string, target: string, onDelete = 'CASCADE') =>
  `CONSTRAINT "FK_${table}_${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;

/**
 * Meetings of a board: one-off or generated from a series' RFC 5545 rule (each meeting stored, so
 * one can move or be cancelled alone), answers with access needs, and private calendar feeds.
 *
 * Meetings are visible like their board (host and partners), and also to the people who sit on
 * it, whichever organisation they work in: a member's calendar feed spans their boards. A feed is
 * found by the hash of its secret address and nothing else.
 */
export class CreateMeetings1795474103000 implements MigrationInterface {
  name = 'CreateMeetings1795474103000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "meeting_series" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "rrule" character varying(300) NOT NULL,
      "starts_local" TIMESTAMP NOT NULL,
      "time_zone" character varying(64) NOT NULL,
      "duration_minutes" integer NOT NULL,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting_series" PRIMARY KEY ("id"),
      ${fk('meeting_series', 'organization', 'organization_id', 'organization')},
      ${fk('meeting_series', 'board', 'board_id', 'board')},
      ${fk('meeting_series', 'created_by', 'created_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_meeting_series_organization" ON "meeting_series" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "meeting" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "series_id" uuid,
      "title" character varying(160) NOT NULL,
      "starts_at" ${TS} NOT NULL,
      "ends_at" ${TS} NOT NULL,
      "time_zone" character varying(64) NOT NULL,
      "format" character varying(10) NOT NULL,
      "location" character varying(300),
      "online_url" character varying(500),
      "capacity" integer,
      "status" character varying(10) NOT NULL DEFAULT 'scheduled',
      "cancel_reason" character varying(500),
      "cancelled_at" ${TS},
      "sequence" integer NOT NULL DEFAULT 0,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_meeting_times" CHECK ("ends_at" > "starts_at"),
      CONSTRAINT "CHK_meeting_format" CHECK ("format" IN ('in_person', 'online', 'hybrid')),
      CONSTRAINT "CHK_meeting_status" CHECK ("status" IN ('scheduled', 'held', 'cancelled')),
      ${fk('meeting', 'organization', 'organization_id', 'organization')},
      ${fk('meeting', 'board', 'board_id', 'board')},
      ${fk('meeting', 'series', 'series_id', 'meeting_series', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_meeting_organization" ON "meeting" ("organization_id", "board_id", "starts_at")`);
    await q(`CREATE INDEX "IDX_meeting_series" ON "meeting" ("series_id", "starts_at")`);

    await q(`CREATE TABLE "meeting_rsvp" (
      "meeting_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "response" character varying(5) NOT NULL,
      "needs" jsonb NOT NULL DEFAULT '[]',
      "needs_note" character varying(500),
      "responded_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting_rsvp" PRIMARY KEY ("meeting_id", "member_id"),
      CONSTRAINT "CHK_meeting_rsvp_response" CHECK ("response" IN ('yes', 'no', 'maybe')),
      ${fk('meeting_rsvp', 'meeting', 'meeting_id', 'meeting')},
      ${fk('meeting_rsvp', 'member', 'member_id', 'board_member')},
      ${fk('meeting_rsvp', 'organization', 'organization_id', 'organization')},
      ${fk('meeting_rsvp', 'board', 'board_id', 'board')})`);
    await q(`CREATE INDEX "IDX_meeting_rsvp_organization" ON "meeting_rsvp" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "calendar_feed" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "board_id" uuid,
      "scope" character varying(10) NOT NULL,
      "token_hash" character(64) NOT NULL,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "revoked_at" ${TS},
      CONSTRAINT "PK_calendar_feed" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_calendar_feed_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "CHK_calendar_feed_scope" CHECK (("scope" = 'board') = ("board_id" IS NOT NULL) AND "scope" IN ('board', 'member')),
      ${fk('calendar_feed', 'organization', 'organization_id', 'organization')},
      ${fk('calendar_feed', 'user', 'user_id', 'app_user')},
      ${fk('calendar_feed', 'board', 'board_id', 'board')})`);
    await q(`CREATE INDEX "IDX_calendar_feed_organization" ON "calendar_feed" ("organization_id", "user_id")`);

    const visible = `app_board_visible("organization_id", "board_id")`;
    const seated = `"board_id" IN (SELECT bm."board_id" FROM "board_member" bm WHERE bm."user_id" = app_user_id() AND bm."status" IN ('guest', 'active', 'on_leave'))`;
    const policies: Array<[string, string, string]> = [
      ['meeting_series', visible, visible],
      ['meeting', `${visible} OR ${seated}`, visible],
      ['meeting_rsvp', visible, visible],
      // Feeds belong to the person who made them; the secret address finds one without a session.
      ['calendar_feed', `"user_id" = app_user_id() OR "token_hash" = app_setting('app.feed_token_hash')`, `"user_id" = app_user_id()`],
    ];
    for (const [table, using, check] of policies) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${using}) WITH CHECK (${check})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['calendar_feed', 'meeting_rsvp', 'meeting', 'meeting_series']) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
