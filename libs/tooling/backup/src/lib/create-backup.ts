import { once } from 'node:events';
import { chmodSync, createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, type Gzip } from 'node:zlib';
import { Client } from 'pg';
import {
  type AuditHead,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupManifest,
  type BackupPreamble,
  BackupRefused,
  GZIP_LEVEL,
  rowLine,
  type SequenceState,
  TableHasher,
  type TableHeader,
} from './backup-format';
import { ident, listTables, MIGRATIONS_TABLE, qualified, type Query, readRows, useCanonicalSession } from './schema-tables';

export interface CreateBackupOptions {
  /**
   * A role that reads every row: row-level security is forced on tenant tables and binds their
   * owner too, so this is a superuser or a BYPASSRLS role (e.g. one granted pg_read_all_data).
   */
  url: string;
  /** The file to write; refused if it exists. */
  out: string;
}

/**
 * Writes one consistent snapshot of the database (a REPEATABLE READ, READ ONLY transaction) to a
 * gzip file readable only by its owner: it holds personal data. Written to a ".partial" file first,
 * so a backup that fails half-way never leaves a file that looks complete.
 */
export async function createBackup(options: CreateBackupOptions): Promise<BackupManifest> {
  const client = new Client({ connectionString: options.url, application_name: 'cabinet-backup' });
  await client.connect();
  const query: Query = async (sql, params) => (await client.query(sql, params)).rows;
  const partial = `${options.out}.partial`;
  mkdirSync(dirname(options.out), { recursive: true, mode: 0o700 });
  let gzip: Gzip | null = null;
  let written: Promise<void> | null = null;
  // Only a file this run created is removed on failure: 'wx' refuses one left by another run, which may still be writing.
  let opened = false;
  try {
    await useCanonicalSession(query);
    await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listTables(query);
    // As pg_dump does: no table can be dropped or altered while it is being read.
    await query(`LOCK TABLE ${[...tables.map((t) => t.name), MIGRATIONS_TABLE].map(qualified).join(', ')} IN ACCESS SHARE MODE`);

    const zipped = createGzip({ level: GZIP_LEVEL });
    gzip = zipped;
    const file = createWriteStream(partial, { flags: 'wx', mode: 0o600 }).once('open', () => (opened = true));
    const output = pipeline(zipped, file);
    written = output;
    // A write error surfaces through `written`; keep it from going unhandled meanwhile.
    output.catch(() => undefined);
    const write = async (line: string) => {
      // A failed file destroys the gzip stream, which then never drains: the failure ends the wait instead.
      if (!zipped.write(`${line}\n`)) await Promise.race([once(zipped, 'drain'), output]);
    };

    const preamble: BackupPreamble = { format: BACKUP_FORMAT, version: BACKUP_FORMAT_VERSION };
    await write(JSON.stringify(preamble));
    const fingerprints: BackupManifest['tables'] = [];
    for (const table of tables) {
      const header: TableHeader = { table: table.name, columns: table.columns.map((c) => c.name) };
      await write(JSON.stringify(header));
      const hasher = new TableHasher();
      for await (const values of readRows(query, table)) {
        const line = rowLine(values);
        hasher.add(line);
        await write(line);
      }
      fingerprints.push({ name: table.name, columns: header.columns, rows: hasher.rows, sha256: hasher.digest() });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      ...(await describeSource(query)),
      tables: fingerprints,
      sequences: await readSequences(query),
      auditHeads: await query<AuditHead>(`SELECT organization_id AS "organizationId", seq::text AS seq, hash FROM "public"."audit_chain_head" ORDER BY organization_id`),
    };
    await write(JSON.stringify({ manifest }));
    await query('COMMIT');
    zipped.end();
    await written;
    chmodSync(partial, 0o600);
    renameSync(partial, options.out);
    return manifest;
  } catch (error) {
    // The file stream opens its file asynchronously: let it open and close before removing the file,
    // or it would be created after the removal.
    gzip?.destroy();
    await written?.catch(() => undefined);
    if (opened) rmSync(partial, { force: true });
    throw explain(error);
  } finally {
    await client.end();
  }
}

async function describeSource(query: Query): Promise<Pick<BackupManifest, 'database' | 'serverVersion' | 'migrations'>> {
  const [source] = await query<{ database: string; version: string }>(`SELECT current_database() AS database, current_setting('server_version') AS version`);
  const migrations = await query<{ name: string }>(`SELECT name FROM "public".${ident(MIGRATIONS_TABLE)} ORDER BY id`);
  return { database: source!.database, serverVersion: source!.version, migrations: migrations.map((m) => m.name) };
}

/** Sequences of the tables (not of the migrations' bookkeeping), restored to where they stood. */
async function readSequences(query: Query): Promise<SequenceState[]> {
  const sequences = await query<{ name: string }>(
    `SELECT s.relname AS name FROM pg_class s
      WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                         WHERE d.objid = s.oid AND d.classid = 'pg_class'::regclass AND t.relname = $1)
      ORDER BY s.relname`,
    [MIGRATIONS_TABLE],
  );
  const states: SequenceState[] = [];
  for (const { name } of sequences) {
    const [state] = await query<{ lastValue: string; isCalled: boolean }>(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${qualified(name)}`);
    states.push({ name, lastValue: state!.lastValue, isCalled: state!.isCalled });
  }
  return states;
}

function explain(error: unknown): Error {
  const message = (error as Error).message ?? String(error);
  if (/row-level security/.test(message)) {
    return new BackupRefused(
      `${message}. Row-level security is forced on Cabinet's tables and binds their owner too: back up as a role that bypasses it ` +
        `(a superuser, or a role with BYPASSRLS and pg_read_all_data), set as DATABASE_ADMIN_URL.`,
    );
  }
  return error as Error;
}
