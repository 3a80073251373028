import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const fk = (table: string, name: string, column: string, target: string, onDelete = 'CASCADE') =>
  `CONSTRAINT "FK_${table}_${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;
const STATUS = `IN ('draft', 'circulated', 'approved', 'published')`;

/**
 * A meeting's minutes (Markdown), every saved version of them, and members' comments per section
 * while they are circulated. Visible like the meeting (host, partners, people seated on the board).
 *
 * Published minutes of a board with public pages are also readable with that board's slug and
 * nothing else, and so is the title and date of their meeting: the public page lists them. The
 * application serves only the public version (summary, body without private sections).
 *
 * `approved_motion_id` has no foreign key yet: motions arrive in their own migration.
 */
export class CreateMinutes1795480300000 implements MigrationInterface {
  name = 'CreateMinutes1795480300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "minutes" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'draft',
      "body" text NOT NULL DEFAULT '',
      "summary" character varying(1500),
      "private_sections" text array NOT NULL DEFAULT '{}',
      "version" integer NOT NULL DEFAULT 1,
      "comment_until" ${TS},
      "approved_at" ${TS},
      "approved_by" character varying(6),
      "approved_motion_id" uuid,
      "published_at" ${TS},
      "sent_to_governing_body_at" date,
      "sent_to_governing_body_note" character varying(500),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_minutes" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_minutes_meeting" UNIQUE ("meeting_id"),
      CONSTRAINT "CHK_minutes_status" CHECK ("status" ${STATUS}),
      CONSTRAINT "CHK_minutes_approved_by" CHECK ("approved_by" IN ('chair', 'motion')),
      CONSTRAINT "CHK_minutes_body_length" CHECK (char_length("body") <= 50000),
      ${fk('minutes', 'organization', 'organization_id', 'organization')},
      ${fk('minutes', 'board', 'board_id', 'board')},
      ${fk('minutes', 'meeting', 'meeting_id', 'meeting')})`);
    await q(`CREATE INDEX "IDX_minutes_organization" ON "minutes" ("organization_id", "board_id", "status")`);

    await q(`CREATE TABLE "minutes_version" (
      "minutes_id" uuid NOT NULL,
      "version" integer NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "body" text NOT NULL,
      "summary" character varying(1500),
      "private_sections" text array NOT NULL DEFAULT '{}',
      "status" character varying(10) NOT NULL,
      "saved_by" uuid,
      "saved_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_minutes_version" PRIMARY KEY ("minutes_id", "version"),
      CONSTRAINT "CHK_minutes_version_status" CHECK ("status" ${STATUS}),
      ${fk('minutes_version', 'minutes', 'minutes_id', 'minutes')},
      ${fk('minutes_version', 'organization', 'organization_id', 'organization')},
      ${fk('minutes_version', 'board', 'board_id', 'board')},
      ${fk('minutes_version', 'saved_by', 'saved_by', 'app_user', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_minutes_version_organization" ON "minutes_version" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "minutes_comment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "minutes_id" uuid NOT NULL,
      "section" character varying(120) NOT NULL,
      "member_id" uuid NOT NULL,
      "body" character varying(2000) NOT NULL,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_minutes_comment" PRIMARY KEY ("id"),
      ${fk('minutes_comment', 'organization', 'organization_id', 'organization')},
      ${fk('minutes_comment', 'board', 'board_id', 'board')},
      ${fk('minutes_comment', 'minutes', 'minutes_id', 'minutes')},
      ${fk('minutes_comment', 'member', 'member_id', 'board_member')})`);
    await q(`CREATE INDEX "IDX_minutes_comment_organization" ON "minutes_comment" ("organization_id", "minutes_id", "created_at")`);

    // The same rule as the meeting itself (see CreateMeetings).
    const visible = `app_board_visible("organization_id", "board_id")`;
    const seated = `"board_id" IN (SELECT bm."board_id" FROM "board_member" bm WHERE bm."user_id" = app_user_id() AND bm."status" IN ('guest', 'active', 'on_leave'))`;
    const publicBoard = `app_setting('app.board_slug') IS NOT NULL AND "board_id" IN (SELECT b."id" FROM "board" b WHERE b."slug" = app_setting('app.board_slug') AND b."public_pages")`;
    for (const table of ['minutes', 'minutes_version', 'minutes_comment']) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${visible} OR ${seated}) WITH CHECK (${visible})`);
    }
    // Read-only, and only published minutes (and their meeting) of the public board the slug names.
    await q(`CREATE POLICY "public_minutes" ON "minutes" FOR SELECT USING ("status" = 'published' AND ${publicBoard})`);
    await q(`CREATE POLICY "public_minutes" ON "meeting" FOR SELECT USING (${publicBoard}
      AND "id" IN (SELECT mi."meeting_id" FROM "minutes" mi WHERE mi."status" = 'published'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "public_minutes" ON "meeting"`);
    for (const table of ['minutes_comment', 'minutes_version', 'minutes']) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
