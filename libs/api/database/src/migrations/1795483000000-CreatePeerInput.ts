import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const VISIBLE = `app_board_visible("organization_id", "board_id")`;
const CHANNEL = `app_setting('app.input_channel_token_hash')`;
const CLAIM = `app_setting('app.claim_code_hash')`;
const fk = (table: string, name: string, column: string, target: string, onDelete = 'CASCADE') =>
  `CONSTRAINT "FK_${table}_${name}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete}`;

/** The input a claim code names, by the hash of the code presented without a session. */
const claimed = (match: string) => `${CLAIM} IS NOT NULL AND EXISTS (SELECT 1 FROM "peer_input" p WHERE p."claim_code_hash" = ${CLAIM} AND ${match})`;

/**
 * Peer input (ideas, concerns, complaints, questions) to a board, and each board's input settings:
 * its acknowledgement deadline and its public anonymous channel (a secret link, also run as a kiosk).
 *
 * Anonymous input is anonymous by what is stored, not by a flag: no author, and nothing that leads
 * back to one (no user, address or session). Its received time is kept to the day only.
 *
 * Two secrets open narrow doors without a session, through extra policies (OR'd with the tenant
 * policies, which stay as they are): a channel link's hash reads its channel row and its board's
 * name and adds new anonymous input to that board, never reading any back; a claim code's hash
 * reads its one input, and the board, agenda item and meeting that input names.
 */
export class CreatePeerInput1795483000000 implements MigrationInterface {
  name = 'CreatePeerInput1795483000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "board_input_channel" (
      "board_id" uuid NOT NULL,
      "organization_id" uuid NOT NULL,
      "public_enabled" boolean NOT NULL DEFAULT false,
      "kiosk_enabled" boolean NOT NULL DEFAULT false,
      "channel_token_hash" character(64),
      "ack_days" integer NOT NULL DEFAULT 14,
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_input_channel" PRIMARY KEY ("board_id"),
      CONSTRAINT "UQ_board_input_channel_token_hash" UNIQUE ("channel_token_hash"),
      CONSTRAINT "CHK_board_input_channel_ack_days" CHECK ("ack_days" BETWEEN 1 AND 90),
      CONSTRAINT "CHK_board_input_channel_open" CHECK (NOT "public_enabled" OR "channel_token_hash" IS NOT NULL),
      CONSTRAINT "CHK_board_input_channel_kiosk" CHECK (NOT "kiosk_enabled" OR "public_enabled"),
      ${fk('board_input_channel', 'board', 'board_id', 'board')},
      ${fk('board_input_channel', 'organization', 'organization_id', 'organization')})`);
    await q(`CREATE INDEX "IDX_board_input_channel_organization" ON "board_input_channel" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "peer_input" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "kind" character varying(10) NOT NULL,
      "body" character varying(4000) NOT NULL,
      "channel" character varying(6) NOT NULL,
      "author_member_id" uuid,
      "status" character varying(14) NOT NULL DEFAULT 'new',
      "agenda_item_id" uuid,
      "answer" character varying(4000),
      "decline_reason" character varying(1000),
      "claim_code_hash" character(64),
      "acknowledged_at" ${TS},
      "decided_at" ${TS},
      "created_at" ${TS} NOT NULL,
      "updated_at" ${TS} NOT NULL,
      CONSTRAINT "PK_peer_input" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_peer_input_claim_code_hash" UNIQUE ("claim_code_hash"),
      CONSTRAINT "CHK_peer_input_kind" CHECK ("kind" IN ('idea', 'concern', 'complaint', 'question')),
      CONSTRAINT "CHK_peer_input_channel" CHECK ("channel" IN ('member', 'public', 'kiosk')),
      CONSTRAINT "CHK_peer_input_status" CHECK ("status" IN ('new', 'acknowledged', 'on_agenda', 'recommendation', 'answered', 'declined')),
      CONSTRAINT "CHK_peer_input_author" CHECK ("author_member_id" IS NULL OR "channel" = 'member'),
      CONSTRAINT "CHK_peer_input_answered" CHECK ("status" <> 'answered' OR "answer" IS NOT NULL),
      CONSTRAINT "CHK_peer_input_declined" CHECK ("status" <> 'declined' OR "decline_reason" IS NOT NULL),
      ${fk('peer_input', 'organization', 'organization_id', 'organization')},
      ${fk('peer_input', 'board', 'board_id', 'board')},
      ${fk('peer_input', 'author', 'author_member_id', 'board_member', 'SET NULL')},
      ${fk('peer_input', 'agenda_item', 'agenda_item_id', 'agenda_item', 'SET NULL')})`);
    await q(`CREATE INDEX "IDX_peer_input_organization" ON "peer_input" ("organization_id", "board_id", "status")`);
    await q(`CREATE INDEX "IDX_peer_input_author" ON "peer_input" ("author_member_id")`);

    for (const table of ['board_input_channel', 'peer_input']) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${VISIBLE}) WITH CHECK (${VISIBLE})`);
    }

    // The channel link: its row, its board's name, and new anonymous input to that board (written, never read back).
    await q(`CREATE POLICY "input_channel" ON "board_input_channel" FOR SELECT USING (${CHANNEL} IS NOT NULL AND "channel_token_hash" = ${CHANNEL})`);
    await q(`CREATE POLICY "input_channel" ON "board" FOR SELECT USING (${CHANNEL} IS NOT NULL AND EXISTS (
      SELECT 1 FROM "board_input_channel" c WHERE c."board_id" = "board"."id" AND c."channel_token_hash" = ${CHANNEL} AND c."public_enabled"))`);
    await q(`CREATE POLICY "input_channel" ON "peer_input" FOR INSERT WITH CHECK (${CHANNEL} IS NOT NULL
      AND "author_member_id" IS NULL AND "status" = 'new' AND "agenda_item_id" IS NULL AND "answer" IS NULL AND "decline_reason" IS NULL
      AND "acknowledged_at" IS NULL AND "decided_at" IS NULL
      AND EXISTS (SELECT 1 FROM "board_input_channel" c WHERE c."channel_token_hash" = ${CHANNEL}
        AND c."board_id" = "peer_input"."board_id" AND c."organization_id" = "peer_input"."organization_id" AND c."public_enabled"
        AND ("peer_input"."channel" = 'public' OR ("peer_input"."channel" = 'kiosk' AND c."kiosk_enabled"))))`);

    // The claim code: its one input, and what that input names.
    await q(`CREATE POLICY "claim_code" ON "peer_input" FOR SELECT USING (${CLAIM} IS NOT NULL AND "claim_code_hash" = ${CLAIM})`);
    await q(`CREATE POLICY "claim_code" ON "board" FOR SELECT USING (${claimed(`p."board_id" = "board"."id"`)})`);
    await q(`CREATE POLICY "claim_code" ON "agenda_item" FOR SELECT USING (${claimed(`p."agenda_item_id" = "agenda_item"."id"`)})`);
    await q(`CREATE POLICY "claim_code" ON "meeting" FOR SELECT USING (${claimed(`EXISTS (SELECT 1 FROM "agenda_item" ai WHERE ai."id" = p."agenda_item_id" AND ai."meeting_id" = "meeting"."id")`)})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of ['meeting', 'agenda_item', 'board']) await q(`DROP POLICY "claim_code" ON "${table}"`);
    await q(`DROP POLICY "input_channel" ON "board"`);
    await q(`DROP TABLE "peer_input"`);
    await q(`DROP TABLE "board_input_channel"`);
  }
}
