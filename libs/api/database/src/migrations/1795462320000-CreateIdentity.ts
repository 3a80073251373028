import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'admin', 'service_manager', 'staff', 'member', 'agency_liaison', 'funder_auditor'`;

/**
 * Organisations, people, memberships, sessions, invitations, one-time tokens and the audit trail,
 * with row-level security enabled and forced on every table. Rows are visible through the tenant
 * set per transaction (app.organization_id), the signed-in person (app.user_id), or a secret the
 * caller holds (the hash of a session, invitation or email token), never by default.
 */
export class CreateIdentity1795462320000 implements MigrationInterface {
  name = 'CreateIdentity1795462320000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE FUNCTION app_setting(name text) RETURNS text LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting(name, true), '') $$`);
    await q(`CREATE FUNCTION app_organization_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT app_setting('app.organization_id')::uuid $$`);
    await q(`CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT app_setting('app.user_id')::uuid $$`);

    await q(`CREATE TABLE "organization" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" character varying(120) NOT NULL,
      "kind" character varying(20) NOT NULL,
      "require_two_factor" boolean NOT NULL DEFAULT false,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_organization" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_organization_kind" CHECK ("kind" IN ('service', 'funder', 'community')))`);

    await q(`CREATE TABLE "app_user" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" character varying(254),
      "username" character varying(40),
      "password_hash" character varying(255),
      "display_name" character varying(80) NOT NULL,
      "legal_name" character varying(160),
      "locale" character varying(5) NOT NULL DEFAULT 'en',
      "email_verified_at" TIMESTAMP WITH TIME ZONE,
      "setup_code_hash" character varying(64),
      "setup_code_expires_at" TIMESTAMP WITH TIME ZONE,
      "totp_secret" character varying(64),
      "totp_enabled_at" TIMESTAMP WITH TIME ZONE,
      "erased_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_app_user" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_app_user_email" UNIQUE ("email"),
      CONSTRAINT "UQ_app_user_username" UNIQUE ("username"))`);

    await q(`CREATE TABLE "membership" (
      "organization_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "role" character varying(30) NOT NULL,
      "disabled_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_membership" PRIMARY KEY ("organization_id", "user_id"),
      CONSTRAINT "CHK_membership_role" CHECK ("role" IN (${ROLES})),
      CONSTRAINT "FK_membership_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    // A person's own organisations, for the switcher (a lookup by person, across tenants by design).
    await q(`CREATE INDEX "IDX_membership_user" ON "membership" ("user_id")`);

    await q(`CREATE TABLE "user_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" character(64) NOT NULL,
      "user_id" uuid NOT NULL,
      "organization_id" uuid,
      "csrf_token" character varying(64) NOT NULL,
      "idle_timeout_seconds" integer NOT NULL,
      "second_factor_pending" boolean NOT NULL DEFAULT false,
      "device" character varying(120),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_user_session" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_user_session_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_user_session_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_user_session_user" ON "user_session" ("user_id")`);
    await q(`CREATE INDEX "IDX_user_session_organization" ON "user_session" ("organization_id")`);

    await q(`CREATE TABLE "invitation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "email" character varying(254) NOT NULL,
      "role" character varying(30) NOT NULL,
      "token_hash" character(64) NOT NULL,
      "invited_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "accepted_at" TIMESTAMP WITH TIME ZONE,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_invitation" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_invitation_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "CHK_invitation_role" CHECK ("role" IN (${ROLES})),
      CONSTRAINT "FK_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_invitation_invited_by" FOREIGN KEY ("invited_by") REFERENCES "app_user"("id") ON DELETE SET NULL)`);
    await q(`CREATE INDEX "IDX_invitation_organization" ON "invitation" ("organization_id", "created_at")`);

    await q(`CREATE TABLE "user_token" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "purpose" character varying(20) NOT NULL,
      "token_hash" character(64) NOT NULL,
      "new_email" character varying(254),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_user_token" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_user_token_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "CHK_user_token_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password', 'change_email')),
      CONSTRAINT "FK_user_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await q(`CREATE INDEX "IDX_user_token_user" ON "user_token" ("user_id")`);

    await q(`CREATE TABLE "audit_entry" (
      "organization_id" uuid NOT NULL,
      "seq" bigint NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "actor_user_id" uuid,
      "action" character varying(60) NOT NULL,
      "entity_type" character varying(40),
      "entity_id" character varying(64),
      "request_id" character varying(64),
      "details" jsonb NOT NULL DEFAULT '{}',
      "prev_hash" character(64) NOT NULL,
      "hash" character(64) NOT NULL,
      CONSTRAINT "PK_audit_entry" PRIMARY KEY ("organization_id", "seq"))`);
    await q(`CREATE TABLE "audit_chain_head" (
      "organization_id" uuid NOT NULL,
      "seq" bigint NOT NULL,
      "hash" character(64) NOT NULL,
      CONSTRAINT "PK_audit_chain_head" PRIMARY KEY ("organization_id"))`);
    // Append-only, for every role including the owner: history is corrected by new entries.
    await q(`CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit entries cannot be changed or deleted'; END $$`);
    await q(`CREATE TRIGGER "TRG_audit_entry_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only()`);

    // A tenant's own messages (e.g. for an organisation's notification history).
    await q(`CREATE INDEX "IDX_outbox_message_organization" ON "outbox_message" ("organization_id", "created_at")`);

    const policies: Array<[string, string, string]> = [
      ['organization',
        `"id" = app_organization_id() OR EXISTS (SELECT 1 FROM "membership" m WHERE m."organization_id" = "organization"."id" AND m."user_id" = app_user_id())`,
        `"id" = app_organization_id()`],
      ['app_user',
        `"id" = app_user_id()
          OR EXISTS (SELECT 1 FROM "membership" m WHERE m."user_id" = "app_user"."id" AND m."organization_id" = app_organization_id())
          OR "email" = app_setting('app.sign_in_identifier') OR "username" = app_setting('app.sign_in_identifier')`,
        'true'],
      ['membership', `"organization_id" = app_organization_id() OR "user_id" = app_user_id()`, `"organization_id" = app_organization_id()`],
      ['user_session',
        `"token_hash" = app_setting('app.session_token_hash') OR "user_id" = app_user_id() OR "organization_id" = app_organization_id()`,
        `"user_id" = app_user_id()`],
      ['invitation', `"organization_id" = app_organization_id() OR "token_hash" = app_setting('app.invitation_token_hash')`, `"organization_id" = app_organization_id()`],
      ['user_token', `"user_id" = app_user_id() OR "token_hash" = app_setting('app.user_token_hash')`, 'true'],
      ['audit_entry', `"organization_id" = app_organization_id()`, `"organization_id" = app_organization_id()`],
      ['audit_chain_head', `"organization_id" = app_organization_id()`, `"organization_id" = app_organization_id()`],
      // Outbox messages of a tenant belong to it; the worker's relay reads them without a tenant.
      ['outbox_message', `"organization_id" IS NULL OR "organization_id" = app_organization_id() OR app_setting('app.outbox_relay') = 'on'`, 'true'],
    ];
    for (const [table, using, check] of policies) {
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY "tenant_isolation" ON "${table}" USING (${using}) WITH CHECK (${check})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    // Policies first: the organisation's refers to memberships.
    for (const table of ['outbox_message', 'audit_chain_head', 'audit_entry', 'user_token', 'invitation', 'user_session', 'membership', 'app_user', 'organization']) {
      await q(`DROP POLICY "tenant_isolation" ON "${table}"`);
    }
    await q(`ALTER TABLE "outbox_message" NO FORCE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "outbox_message" DISABLE ROW LEVEL SECURITY`);
    await q(`DROP INDEX "IDX_outbox_message_organization"`);
    for (const table of ['audit_chain_head', 'audit_entry', 'user_token', 'invitation', 'user_session', 'membership', 'app_user', 'organization']) {
      await q(`DROP TABLE "${table}"`);
    }
    await q('DROP FUNCTION audit_entry_is_append_only()');
    await q('DROP FUNCTION app_user_id()');
    await q('DROP FUNCTION app_organization_id()');
    await q('DROP FUNCTION app_setting(text)');
  }
}
