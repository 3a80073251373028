import { Client } from 'pg';
import { testServiceUrls } from '@cabinet/api/testing';

/**
 * Columns that legitimately change on a refused request, by table. Each says why; a whole table
 * is never left out, so a refused request that writes a row anywhere is still caught.
 */
const MOVING_COLUMNS: Record<string, string[]> = {
  // The session guard refreshes the caller's last-seen time (at most every 30 s) before any route
  // looks at the body: being active is not a change the refused request made.
  user_session: ['last_seen_at'],
};

/** Row count and a digest of every row, per table: equal fingerprints mean no row was added, removed or changed. */
export type Fingerprint = Record<string, string>;

/**
 * Reads the whole database of a suite. It connects as the cluster's superuser: the schema owner is
 * bound by row-level security too (FORCE), so it would only see one organisation's rows at a time.
 */
export class DatabaseFingerprint {
  private client: Client | null = null;
  private query = '';

  constructor(private readonly databaseName: string) {}

  async open(): Promise<void> {
    const url = new URL(testServiceUrls().adminUrl);
    url.pathname = `/${this.databaseName}`;
    this.client = new Client({ connectionString: url.toString() });
    await this.client.connect();
    const { rows } = await this.client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    if (rows.length < 10) throw new Error(`Expected the migrated schema, found ${rows.length} tables.`);
    this.query = rows
      .map(({ name }) => {
        const moving = (MOVING_COLUMNS[name] ?? []).map((column) => ` - '${column}'`).join('');
        // A sum of row hashes: independent of row order, so no sort, and cheap enough to take after every request.
        return `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(sum(hashtextextended((to_jsonb(t)${moving})::text, 0)::numeric), 0)::text AS digest FROM "${name}" t`;
      })
      .join('\nUNION ALL\n');
  }

  async take(): Promise<Fingerprint> {
    if (!this.client) throw new Error('Open the fingerprint first.');
    const { rows } = await this.client.query<{ name: string; digest: string }>(this.query);
    return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
  }

  async close(): Promise<void> {
    await this.client?.end();
    this.client = null;
  }
}

/** The tables whose fingerprint differs (empty when nothing changed). */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]).sort();
}
