import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const fk = (name: string, column: string, target: string, onDelete = 'CASCADE') =>
  `CONSTRAINT "FK_agenda_item_${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;

/**
 * A meeting's agenda: items that organisers add directly or that members propose and organisers
 * accept or decline (with a reason the proposer sees). Only accepted items have a place in the
 * running order. The meeting remembers when an organiser published its agenda early.
 *
 * Agenda items are visible like their meeting: to the board's organisations and to the people
 * who sit on the board.
 */
export class CreateAgendas1795480100000 implements MigrationInterface {
  name = 'CreateAgendas1795480100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "meeting" ADD "agenda_published_at" ${TS}`);
    await q(`CREATE TABLE "agenda_item" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "meeting_id" uuid NOT NULL,
      "kind" character varying(12) NOT NULL,
      "title" character varying(200) NOT NULL,
      "details" character varying(2000),
      "presenter" character varying(120),
      "duration_minutes" integer NOT NULL,
      "position" integer NOT NULL,
      "status" character varying(10) NOT NULL,
      "decline_reason" character varying(500),
      "proposed_by_member_id" uuid,
      "decided_at" ${TS},
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_agenda_item" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_agenda_item_kind" CHECK ("kind" IN ('information', 'discussion', 'decision')),
      CONSTRAINT "CHK_agenda_item_status" CHECK ("status" IN ('proposed', 'accepted', 'declined')),
      CONSTRAINT "CHK_agenda_item_duration" CHECK ("duration_minutes" BETWEEN 1 AND 240),
      ${fk('organization', 'organization_id', 'organization')},
      ${fk('board', 'board_id', 'board')},
      ${fk('meeting', 'meeting_id', 'meeting')},
      ${fk('proposed_by', 'proposed_by_member_id', 'board_member', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_agenda_item_organization" ON "agenda_item" ("organization_id", "meeting_id", "position")`);

    // The same rule as the meeting itself (see CreateMeetings).
    const visible = `app_board_visible("organization_id", "board_id")`;
    const seated = `"board_id" IN (SELECT bm."board_id" FROM "board_member" bm WHERE bm."user_id" = app_user_id() AND bm."status" IN ('guest', 'active', 'on_leave'))`;
    await q(`ALTER TABLE "agenda_item" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "agenda_item" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY "tenant_isolation" ON "agenda_item" USING (${visible} OR ${seated}) WITH CHECK (${visible})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "agenda_published_at"`);
  }
}
