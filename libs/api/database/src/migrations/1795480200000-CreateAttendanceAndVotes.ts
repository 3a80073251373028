import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const fk = (table: string, name: string, column: string, target: string, onDelete = 'CASCADE') =>
  `CONSTRAINT "FK_${table}_${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;
const tenant = (table: string) => `${fk(table, 'organization', 'organization_id', 'organization')}, ${fk(table, 'board', 'board_id', 'board')}`;

/**
 * Who came to a meeting (members by status, guests by name, never counted), conflicts declared
 * on decision items, and motions with their votes.
 *
 * A secret ballot keeps only THAT a member voted (motion_ballot, without a time) and adds the
 * choice to the motion's counters: nothing links a choice to the person who made it.
 *
 * Every table is visible like the meeting itself (see CreateMeetings).
 */
export class CreateAttendanceAndVotes1795480200000 implements MigrationInterface {
  name = 'CreateAttendanceAndVotes1795480200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "meeting_attendance" (
      "meeting_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "status" character varying(10) NOT NULL,
      "recorded_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting_attendance" PRIMARY KEY ("meeting_id", "member_id"),
      CONSTRAINT "CHK_meeting_attendance_status" CHECK ("status" IN ('present', 'remote', 'excused', 'absent')),
      ${fk('meeting_attendance', 'meeting', 'meeting_id', 'meeting')},
      ${fk('meeting_attendance', 'member', 'member_id', 'board_member')},
      ${tenant('meeting_attendance')})`);
    await q(`CREATE INDEX "IDX_meeting_attendance_organization" ON "meeting_attendance" ("organization_id", "board_id", "member_id")`);

    await q(`CREATE TABLE "meeting_guest" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "name" character varying(120) NOT NULL,
      "affiliation" character varying(160),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_meeting_guest" PRIMARY KEY ("id"),
      ${fk('meeting_guest', 'meeting', 'meeting_id', 'meeting')},
      ${tenant('meeting_guest')})`);
    await q(`CREATE INDEX "IDX_meeting_guest_organization" ON "meeting_guest" ("organization_id", "meeting_id")`);

    await q(`CREATE TABLE "agenda_item_conflict" (
      "agenda_item_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "note" character varying(500),
      "declared_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_agenda_item_conflict" PRIMARY KEY ("agenda_item_id", "member_id"),
      ${fk('agenda_item_conflict', 'agenda_item', 'agenda_item_id', 'agenda_item')},
      ${fk('agenda_item_conflict', 'member', 'member_id', 'board_member')},
      ${tenant('agenda_item_conflict')})`);
    await q(`CREATE INDEX "IDX_agenda_item_conflict_organization" ON "agenda_item_conflict" ("organization_id", "board_id", "agenda_item_id")`);

    await q(`CREATE TABLE "motion" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "agenda_item_id" uuid NOT NULL,
      "text" character varying(1000) NOT NULL,
      "mover_member_id" uuid NOT NULL,
      "seconder_member_id" uuid NOT NULL,
      "method" character varying(10) NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'open',
      "votes_for" integer NOT NULL DEFAULT 0,
      "votes_against" integer NOT NULL DEFAULT 0,
      "votes_abstain" integer NOT NULL DEFAULT 0,
      "eligible" integer,
      "quorum_present" integer,
      "opened_at" ${TS} NOT NULL DEFAULT now(),
      "closed_at" ${TS},
      CONSTRAINT "PK_motion" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_motion_method" CHECK ("method" IN ('count', 'roll_call', 'secret')),
      CONSTRAINT "CHK_motion_status" CHECK ("status" IN ('open', 'carried', 'failed', 'withdrawn')),
      CONSTRAINT "CHK_motion_people" CHECK ("mover_member_id" <> "seconder_member_id"),
      CONSTRAINT "CHK_motion_votes" CHECK ("votes_for" >= 0 AND "votes_against" >= 0 AND "votes_abstain" >= 0),
      CONSTRAINT "CHK_motion_closed" CHECK (("status" = 'open') = ("closed_at" IS NULL)),
      ${fk('motion', 'meeting', 'meeting_id', 'meeting')},
      ${fk('motion', 'agenda_item', 'agenda_item_id', 'agenda_item')},
      ${fk('motion', 'mover', 'mover_member_id', 'board_member', 'RESTRICT')},
      ${fk('motion', 'seconder', 'seconder_member_id', 'board_member', 'RESTRICT')},
      ${tenant('motion')})`);
    await q(`CREATE INDEX "IDX_motion_organization" ON "motion" ("organization_id", "meeting_id", "opened_at")`);

    await q(`CREATE TABLE "motion_vote" (
      "motion_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "choice" character varying(7) NOT NULL,
      CONSTRAINT "PK_motion_vote" PRIMARY KEY ("motion_id", "member_id"),
      CONSTRAINT "CHK_motion_vote_choice" CHECK ("choice" IN ('for', 'against', 'abstain')),
      ${fk('motion_vote', 'motion', 'motion_id', 'motion')},
      ${fk('motion_vote', 'member', 'member_id', 'board_member')},
      ${tenant('motion_vote')})`);
    await q(`CREATE INDEX "IDX_motion_vote_organization" ON "motion_vote" ("organization_id", "motion_id")`);

    // Deliberately no choice and no time: only that this member has voted.
    await q(`CREATE TABLE "motion_ballot" (
      "motion_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      CONSTRAINT "PK_motion_ballot" PRIMARY KEY ("motion_id", "member_id"),
      ${fk('motion_ballot', 'motion', 'motion_id', 'motion')},
      ${fk('motion_ballot', 'member', 'member_id', 'board_member')},
      ${tenant('motion_ballot')})`);
    await q(`CREATE INDEX "IDX_motion_ballot_organization" ON "motion_ballot" ("organization_id", "motion_id")`);

    const visible = `app_board_visible("organization_id", "board_id")`;
    const seated = `"board_id" IN (SELECT bm."board_id" FROM "board_member" bm WHERE bm."user_id" = app_user_id() AND bm."status" IN ('guest', 'active', 'on_leave'))`;
    for (const table of TABLES) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${visible} OR ${seated}) WITH CHECK (${visible})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}

const TABLES = ['meeting_attendance', 'meeting_guest', 'agenda_item_conflict', 'motion', 'motion_vote', 'motion_ballot'] as const;
