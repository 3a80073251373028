import { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const HOST_FK = (table: string) => `CONSTRAINT "FK_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE`;
const BOARD_FK = (table: string) => `CONSTRAINT "FK_${table}_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE`;
const MEMBER_FK = (table: string) => `CONSTRAINT "FK_${table}_member" FOREIGN KEY ("member_id") REFERENCES "board_member"("id") ON DELETE CASCADE`;

/** Tables that hang off a board: each carries the host's organization_id and the board_id. */
const BOARD_TABLES = [
  'seat_type',
  'composition_target',
  'onboarding_step',
  'board_member',
  'board_term',
  'board_member_event',
  'onboarding_completion',
  'conflict_declaration',
  'tag_consent',
  'board_term_notice',
  'board_partner_invitation',
];

/**
 * Boards, their seats, members, terms, onboarding and consented composition attributes.
 *
 * A board belongs to its host organisation (organization_id on every row) and is shared with
 * partner organisations through board_partner: app_board_visible() lets both sides see and change
 * the board's rows, and nothing else of each other's. Two capabilities open narrow doors without a
 * tenant: a public board's slug (its public page; applications are written without reading back),
 * and the scheduler's sweep, which finds terms that end soon across tenants (ids and dates). A
 * partnership link's token shows the board's and host's names to the organisation invited.
 */
export class CreateBoards1795469856000 implements MigrationInterface {
  name = 'CreateBoards1795469856000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    await q(`CREATE TABLE "board" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "name" character varying(120) NOT NULL,
      "slug" character varying(60) NOT NULL,
      "purpose" character varying(4000) NOT NULL DEFAULT '',
      "public_pages" boolean NOT NULL DEFAULT false,
      "accepts_applications" boolean NOT NULL DEFAULT false,
      "quorum_kind" character varying(10) NOT NULL DEFAULT 'majority',
      "quorum_count" integer,
      "term_months" integer NOT NULL DEFAULT 24,
      "term_limit" integer,
      "standing_absences" integer,
      "standing_months" integer,
      "vote_threshold" character varying(20) NOT NULL DEFAULT 'simple_majority',
      "onboarding_gates_voting" boolean NOT NULL DEFAULT true,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_board_slug" UNIQUE ("slug"),
      CONSTRAINT "CHK_board_quorum" CHECK ("quorum_kind" IN ('majority', 'fixed') AND ("quorum_kind" = 'majority' OR "quorum_count" > 0)),
      CONSTRAINT "CHK_board_terms" CHECK ("term_months" > 0 AND ("term_limit" IS NULL OR "term_limit" > 0)),
      CONSTRAINT "CHK_board_vote_threshold" CHECK ("vote_threshold" IN ('simple_majority', 'two_thirds')),
      ${HOST_FK('board')})`);
    await q(`CREATE INDEX "IDX_board_organization" ON "board" ("organization_id", "name")`);

    await q(`CREATE TABLE "board_partner" (
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "partner_organization_id" uuid NOT NULL,
      "accepted_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_partner" PRIMARY KEY ("board_id", "partner_organization_id"),
      CONSTRAINT "CHK_board_partner_not_host" CHECK ("partner_organization_id" <> "organization_id"),
      ${HOST_FK('board_partner')},
      ${BOARD_FK('board_partner')},
      CONSTRAINT "FK_board_partner_partner" FOREIGN KEY ("partner_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_board_partner_accepted_by" FOREIGN KEY ("accepted_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_board_partner_organization" ON "board_partner" ("organization_id")`);
    await q(`CREATE INDEX "IDX_board_partner_partner" ON "board_partner" ("partner_organization_id", "board_id")`);

    await q(`CREATE TABLE "board_partner_invitation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "email" character varying(254),
      "token_hash" character(64) NOT NULL,
      "created_by" uuid,
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "expires_at" ${TS} NOT NULL,
      "accepted_at" ${TS},
      "revoked_at" ${TS},
      CONSTRAINT "PK_board_partner_invitation" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_board_partner_invitation_token_hash" UNIQUE ("token_hash"),
      ${HOST_FK('board_partner_invitation')},
      ${BOARD_FK('board_partner_invitation')},
      CONSTRAINT "FK_board_partner_invitation_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_board_partner_invitation_organization" ON "board_partner_invitation" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "seat_type" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "name" character varying(80) NOT NULL,
      "kind" character varying(20) NOT NULL,
      "voting" boolean NOT NULL,
      "seat_count" integer,
      "position" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_seat_type" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_seat_type_name" UNIQUE ("board_id", "name"),
      CONSTRAINT "CHK_seat_type_kind" CHECK ("kind" IN ('peer', 'community', 'staff', 'funder_observer', 'ex_officio', 'custom')),
      CONSTRAINT "CHK_seat_type_count" CHECK ("seat_count" IS NULL OR "seat_count" > 0),
      ${HOST_FK('seat_type')},
      ${BOARD_FK('seat_type')})`);
    await q(`CREATE INDEX "IDX_seat_type_organization" ON "seat_type" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "composition_target" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "label" character varying(80) NOT NULL,
      "seat_type_id" uuid,
      "tag" character varying(30),
      "min_percent" integer NOT NULL,
      "position" integer NOT NULL DEFAULT 0,
      CONSTRAINT "PK_composition_target" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_composition_target_basis" CHECK (("seat_type_id" IS NULL) <> ("tag" IS NULL)),
      CONSTRAINT "CHK_composition_target_percent" CHECK ("min_percent" BETWEEN 1 AND 100),
      ${HOST_FK('composition_target')},
      ${BOARD_FK('composition_target')},
      CONSTRAINT "FK_composition_target_seat_type" FOREIGN KEY ("seat_type_id") REFERENCES "seat_type"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_composition_target_organization" ON "composition_target" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "onboarding_step" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "name" character varying(120) NOT NULL,
      "kind" character varying(30) NOT NULL,
      "required" boolean NOT NULL DEFAULT true,
      "position" integer NOT NULL DEFAULT 0,
      "archived_at" ${TS},
      CONSTRAINT "PK_onboarding_step" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_onboarding_step_kind" CHECK ("kind" IN ('confidentiality', 'conflict_of_interest', 'orientation', 'custom')),
      ${HOST_FK('onboarding_step')},
      ${BOARD_FK('onboarding_step')})`);
    await q(`CREATE INDEX "IDX_onboarding_step_organization" ON "onboarding_step" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "board_member" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "user_id" uuid,
      "seat_type_id" uuid NOT NULL,
      "status" character varying(12) NOT NULL,
      "end_reason" character varying(20),
      "board_role" character varying(12),
      "display_name" character varying(80) NOT NULL,
      "legal_name" character varying(160),
      "email" character varying(254),
      "phone" character varying(30),
      "listed_by_role_only" boolean NOT NULL DEFAULT false,
      "source" character varying(12) NOT NULL,
      "application_note" character varying(2000),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      "updated_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_member" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_board_member_status" CHECK ("status" IN ('applied', 'nominated', 'guest', 'active', 'on_leave', 'ended')),
      CONSTRAINT "CHK_board_member_end_reason" CHECK (("status" = 'ended') = ("end_reason" IS NOT NULL) AND ("end_reason" IS NULL OR "end_reason" IN ('term_expired', 'resigned', 'removed', 'declined'))),
      CONSTRAINT "CHK_board_member_board_role" CHECK ("board_role" IS NULL OR "board_role" IN ('chair', 'co_chair', 'secretary')),
      CONSTRAINT "CHK_board_member_source" CHECK ("source" IN ('added', 'application', 'nomination')),
      ${HOST_FK('board_member')},
      ${BOARD_FK('board_member')},
      CONSTRAINT "FK_board_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL,
      CONSTRAINT "FK_board_member_seat_type" FOREIGN KEY ("seat_type_id") REFERENCES "seat_type"("id") ON DELETE RESTRICT)`);
    await q(`CREATE INDEX "IDX_board_member_organization" ON "board_member" ("organization_id", "board_id", "status")`);
    await q(`CREATE INDEX "IDX_board_member_user" ON "board_member" ("user_id")`);
    // Nobody sits on a board twice at once; an ended membership leaves room for a new one later.
    await q(`CREATE UNIQUE INDEX "UQ_board_member_user" ON "board_member" ("board_id", "user_id") WHERE "status" <> 'ended' AND "user_id" IS NOT NULL`);
    await q(`CREATE UNIQUE INDEX "UQ_board_member_email" ON "board_member" ("board_id", "email") WHERE "status" <> 'ended' AND "email" IS NOT NULL`);
    await q(`CREATE UNIQUE INDEX "UQ_board_member_chair" ON "board_member" ("board_id") WHERE "status" <> 'ended' AND "board_role" = 'chair'`);

    await q(`CREATE TABLE "board_term" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "starts_on" date NOT NULL,
      "ends_on" date NOT NULL,
      "ended_on" date,
      "end_reason" character varying(20),
      "created_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_term" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_board_term_dates" CHECK ("ends_on" >= "starts_on" AND ("ended_on" IS NULL OR "ended_on" >= "starts_on")),
      CONSTRAINT "CHK_board_term_end_reason" CHECK ("end_reason" IS NULL OR "end_reason" IN ('term_expired', 'resigned', 'removed', 'declined')),
      ${HOST_FK('board_term')},
      ${BOARD_FK('board_term')},
      ${MEMBER_FK('board_term')})`);
    await q(`CREATE INDEX "IDX_board_term_organization" ON "board_term" ("organization_id", "board_id", "ends_on")`);
    await q(`CREATE INDEX "IDX_board_term_member" ON "board_term" ("member_id", "starts_on")`);
    // The daily sweep looks for open terms by end date across tenants.
    await q(`CREATE INDEX "IDX_board_term_open" ON "board_term" ("ends_on") WHERE "ended_on" IS NULL`);

    await q(`CREATE TABLE "board_member_event" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "at" ${TS} NOT NULL DEFAULT now(),
      "actor_user_id" uuid,
      "from_status" character varying(12),
      "to_status" character varying(12) NOT NULL,
      "reason" character varying(500),
      CONSTRAINT "PK_board_member_event" PRIMARY KEY ("id"),
      ${HOST_FK('board_member_event')},
      ${BOARD_FK('board_member_event')},
      ${MEMBER_FK('board_member_event')},
      CONSTRAINT "FK_board_member_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_board_member_event_organization" ON "board_member_event" ("organization_id", "member_id", "at")`);

    await q(`CREATE TABLE "onboarding_completion" (
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "step_id" uuid NOT NULL,
      "completed_at" ${TS} NOT NULL DEFAULT now(),
      "recorded_by" uuid,
      CONSTRAINT "PK_onboarding_completion" PRIMARY KEY ("member_id", "step_id"),
      ${HOST_FK('onboarding_completion')},
      ${BOARD_FK('onboarding_completion')},
      ${MEMBER_FK('onboarding_completion')},
      CONSTRAINT "FK_onboarding_completion_step" FOREIGN KEY ("step_id") REFERENCES "onboarding_step"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_onboarding_completion_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_onboarding_completion_organization" ON "onboarding_completion" ("organization_id", "board_id")`);

    await q(`CREATE TABLE "conflict_declaration" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "declared_at" ${TS} NOT NULL DEFAULT now(),
      "text" character varying(4000) NOT NULL,
      "recorded_by" uuid,
      CONSTRAINT "PK_conflict_declaration" PRIMARY KEY ("id"),
      ${HOST_FK('conflict_declaration')},
      ${BOARD_FK('conflict_declaration')},
      ${MEMBER_FK('conflict_declaration')},
      CONSTRAINT "FK_conflict_declaration_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_conflict_declaration_organization" ON "conflict_declaration" ("organization_id", "member_id", "declared_at")`);

    await q(`CREATE TABLE "tag_consent" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "member_id" uuid NOT NULL,
      "tag" character varying(30) NOT NULL,
      "consented_at" ${TS} NOT NULL DEFAULT now(),
      "revoked_at" ${TS},
      "recorded_by" uuid,
      CONSTRAINT "PK_tag_consent" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_tag_consent_tag" CHECK ("tag" IN ('lived_experience', 'consumer', 'unaligned_consumer', 'patient_family', 'youth', 'formerly_incarcerated')),
      ${HOST_FK('tag_consent')},
      ${BOARD_FK('tag_consent')},
      ${MEMBER_FK('tag_consent')},
      CONSTRAINT "FK_tag_consent_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_tag_consent_organization" ON "tag_consent" ("organization_id", "board_id")`);
    await q(`CREATE UNIQUE INDEX "UQ_tag_consent_current" ON "tag_consent" ("member_id", "tag") WHERE "revoked_at" IS NULL`);

    await q(`CREATE TABLE "board_term_notice" (
      "organization_id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "term_id" uuid NOT NULL,
      "days_before" integer NOT NULL,
      "sent_at" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_board_term_notice" PRIMARY KEY ("term_id", "days_before"),
      ${HOST_FK('board_term_notice')},
      ${BOARD_FK('board_term_notice')},
      CONSTRAINT "FK_board_term_notice_term" FOREIGN KEY ("term_id") REFERENCES "board_term"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_board_term_notice_organization" ON "board_term_notice" ("organization_id", "board_id")`);

    // The host, or a partner organisation of the board. Plain SQL (not SECURITY DEFINER): it reads
    // board_partner under that table's own policy, which refers to nothing else.
    await q(`CREATE FUNCTION app_board_visible(host uuid, board uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT host = app_organization_id()
          OR EXISTS (SELECT 1 FROM "board_partner" bp WHERE bp."board_id" = board AND bp."partner_organization_id" = app_organization_id()) $$`);
    const publicBoard = `app_setting('app.board_slug') IS NOT NULL AND "board_id" IN (SELECT b."id" FROM "board" b WHERE b."slug" = app_setting('app.board_slug') AND (b."public_pages" OR b."accepts_applications"))`;
    const visible = `app_board_visible("organization_id", "board_id")`;
    const policies: Array<[string, string, string]> = [
      ['board',
        `app_board_visible("organization_id", "id") OR ("slug" = app_setting('app.board_slug') AND ("public_pages" OR "accepts_applications"))
          OR EXISTS (SELECT 1 FROM "board_partner_invitation" i WHERE i."board_id" = "board"."id" AND i."token_hash" = app_setting('app.invitation_token_hash'))`,
        `app_board_visible("organization_id", "id")`],
      ['board_partner',
        `"organization_id" = app_organization_id() OR "partner_organization_id" = app_organization_id()`,
        // A partner joins only by presenting a live link its host made for that board.
        `"organization_id" = app_organization_id() OR ("partner_organization_id" = app_organization_id() AND EXISTS (
           SELECT 1 FROM "board_partner_invitation" i WHERE i."board_id" = "board_partner"."board_id"
              AND i."token_hash" = app_setting('app.invitation_token_hash') AND i."revoked_at" IS NULL AND i."expires_at" > now()))`],
      ['board_partner_invitation', `${visible} OR "token_hash" = app_setting('app.invitation_token_hash')`, `${visible} OR "token_hash" = app_setting('app.invitation_token_hash')`],
      ['seat_type', `${visible} OR (${publicBoard})`, visible],
      // Applications from the public page are written, never read back, with the board's slug.
      ['board_member', visible, `${visible} OR ("status" = 'applied' AND "user_id" IS NULL AND ${publicBoard})`],
      ['board_member_event', visible, `${visible} OR ("to_status" = 'applied' AND "actor_user_id" IS NULL AND ${publicBoard})`],
      ['board_term', `${visible} OR app_setting('app.scheduler') = 'on'`, visible],
      ['composition_target', visible, visible],
      ['onboarding_step', visible, visible],
      ['onboarding_completion', visible, visible],
      ['conflict_declaration', visible, visible],
      ['tag_consent', visible, visible],
      ['board_term_notice', visible, visible],
    ];
    for (const [table, using, check] of policies) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${using}) WITH CHECK (${check})`);
    }

    // Co-owners of a board see each other's name (and nothing else of each other); so does the holder of a partnership link.
    await q(`ALTER POLICY "tenant_isolation" ON "organization" USING (
      "id" = app_organization_id()
      OR EXISTS (SELECT 1 FROM "membership" m WHERE m."organization_id" = "organization"."id" AND m."user_id" = app_user_id())
      OR EXISTS (SELECT 1 FROM "board_partner" bp WHERE (bp."organization_id" = "organization"."id" AND bp."partner_organization_id" = app_organization_id())
                                                  OR (bp."partner_organization_id" = "organization"."id" AND bp."organization_id" = app_organization_id()))
      OR EXISTS (SELECT 1 FROM "board_partner_invitation" i WHERE i."organization_id" = "organization"."id" AND i."token_hash" = app_setting('app.invitation_token_hash')))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER POLICY "tenant_isolation" ON "organization" USING (
      "id" = app_organization_id() OR EXISTS (SELECT 1 FROM "membership" m WHERE m."organization_id" = "organization"."id" AND m."user_id" = app_user_id()))`);
    for (const table of [...BOARD_TABLES, 'board_partner', 'board']) await q(`DROP POLICY "tenant_isolation" ON "${table}"`);
    await q('DROP FUNCTION app_board_visible(uuid, uuid)');
    for (const table of ['board_term_notice', 'tag_consent', 'conflict_declaration', 'onboarding_completion', 'board_member_event', 'board_term', 'board_member', 'onboarding_step', 'composition_target', 'seat_type', 'board_partner_invitation', 'board_partner', 'board']) {
      await q(`DROP TABLE "${table}"`);
    }
  }
}
