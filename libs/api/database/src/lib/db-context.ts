import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Who a transaction acts for. Row-level security reads these settings: without them a query
 * sees no tenant rows at all. Each secret ("capability") opens only the row whose hash it matches.
 */
export interface DbContext {
  organizationId?: string | null;
  userId?: string | null;
  /** sha256 of a session cookie: lets the request find its own session, and nothing else. */
  sessionTokenHash?: string;
  /** sha256 of an invitation link's token. */
  invitationTokenHash?: string;
  /** sha256 of an email verification or password reset token. */
  userTokenHash?: string;
  /** The email or username typed at sign-in: finds that one account. */
  signInIdentifier?: string;
  /** The worker's outbox relay reads every tenant's outgoing messages (ids and kinds only). */
  outboxRelay?: boolean;
  /** A public board page's slug: shows that board (when public) and accepts applications to it. */
  boardSlug?: string;
  /** sha256 of a calendar feed's secret address: finds that one feed. */
  feedTokenHash?: string;
  /** The worker's scheduled sweeps find due rows across tenants (ids and dates), then act per tenant. */
  scheduler?: boolean;
  /** sha256 of a meeting email's answer link: opens that member's answer to that meeting, and nothing else. */
  rsvpTokenHash?: string;
  /** sha256 of a board's public input link: reads that channel and its board's name, and adds anonymous input to it (never reads input). */
  inputChannelTokenHash?: string;
  /** sha256 of an input's claim code: reads that one input and what it names (board, agenda item, meeting). */
  claimCodeHash?: string;
  /** sha256 of a grant's link: reads that one invitation, its funder's name and its packs, and lets the holder answer it. */
  grantTokenHash?: string;
}

const SETTINGS: Array<[keyof DbContext, string]> = [
  ['organizationId', 'app.organization_id'],
  ['userId', 'app.user_id'],
  ['sessionTokenHash', 'app.session_token_hash'],
  ['invitationTokenHash', 'app.invitation_token_hash'],
  ['userTokenHash', 'app.user_token_hash'],
  ['signInIdentifier', 'app.sign_in_identifier'],
  ['outboxRelay', 'app.outbox_relay'],
  ['boardSlug', 'app.board_slug'],
  ['scheduler', 'app.scheduler'],
  ['feedTokenHash', 'app.feed_token_hash'],
  ['rsvpTokenHash', 'app.rsvp_token_hash'],
  ['inputChannelTokenHash', 'app.input_channel_token_hash'],
  ['claimCodeHash', 'app.claim_code_hash'],
  ['grantTokenHash', 'app.grant_token_hash'],
];

/** Sets the context for the current transaction only (is_local = true), never for the pooled connection. */
export async function applyDbContext(manager: EntityManager, context: DbContext): Promise<void> {
  const values = SETTINGS.map(([key]) => {
    const value = context[key];
    return value === true ? 'on' : typeof value === 'string' ? value : '';
  });
  await manager.query(`SELECT ${SETTINGS.map(([, name], i) => `set_config('${name}', $${i + 1}, true)`).join(', ')}`, values);
}

/** Runs work in one transaction with the given tenant context. Every data access goes through here. */
@Injectable()
export class Db {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(context: DbContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await applyDbContext(manager, context);
      return work(manager);
    });
  }

  /**
   * One statement, in its own transaction, with no context: row-level security shows it nothing
   * unless it is a database function that sets the context it needs itself (one round trip
   * instead of begin, context, queries, commit, on the paths every request takes).
   */
  async statement<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return (await this.dataSource.query(sql, parameters)) as T[];
  }
}
