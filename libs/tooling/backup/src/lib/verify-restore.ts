import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { verifyAuditChain } from '@cabinet/api/audit';
import { type AuditHead, type BackupManifest, TableHasher, rowLine } from './backup-format';
import { ident, listTables, MIGRATIONS_TABLE, type Query, readRows, type TableInfo, useCanonicalSession } from './schema-tables';
import type { ResumedWork } from './resume-queued-work';

export interface TableCheck {
  name: string;
  rows: number;
  expectedRows: number;
  ok: boolean;
}

export interface ChainCheck {
  organizationId: string;
  entries: number;
  ok: boolean;
  reason: string | null;
}

export interface RestoreCheck {
  tables: TableCheck[];
  chains: ChainCheck[];
  rowsLoaded: number;
  /** Plain sentences, one per mismatch; empty when the restore is exact. */
  problems: string[];
  /** Work handed back to the jobs (set only when the restore is committed). */
  resumed?: ResumedWork;
}

/** A table's row count and fingerprint, computed as the backup computed them. */
export async function fingerprintTable(query: Query, table: TableInfo): Promise<{ rows: number; sha256: string }> {
  const hasher = new TableHasher();
  for await (const values of readRows(query, table, 'cabinet_verify_rows')) hasher.add(rowLine(values));
  return { rows: hasher.rows, sha256: hasher.digest() };
}

/** Every table's count and fingerprint in one snapshot, read as a role that bypasses row-level security: to compare two databases. */
export async function fingerprintDatabase(url: string): Promise<Record<string, { rows: number; sha256: string }>> {
  const client = new Client({ connectionString: url, application_name: 'cabinet-fingerprint' });
  await client.connect();
  try {
    const query: Query = async (sql, params) => (await client.query(sql, params)).rows;
    await useCanonicalSession(query);
    await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const result: Record<string, { rows: number; sha256: string }> = {};
    for (const table of await listTables(query)) result[table.name] = await fingerprintTable(query, table);
    await query('COMMIT');
    return result;
  } finally {
    await client.end();
  }
}

/**
 * Compares what the database now holds with the backup's manifest: the migrations, every table's
 * count and fingerprint, and every organisation's audit chain, recomputed with the audit library's
 * own verifier and ending at the head the manifest recorded.
 */
export async function compareWithManifest(manager: EntityManager, query: Query, manifest: BackupManifest, auditKey: string): Promise<RestoreCheck> {
  const problems: string[] = [];
  const migrations = (await query<{ name: string }>(`SELECT name FROM "public".${ident(MIGRATIONS_TABLE)} ORDER BY id`)).map((m) => m.name);
  if (migrations.join() !== manifest.migrations.join()) problems.push(`the database has ${migrations.length} migrations applied, the backup ${manifest.migrations.length}`);

  const tables = new Map((await listTables(query)).map((table) => [table.name, table]));
  const tableChecks: TableCheck[] = [];
  for (const expected of manifest.tables) {
    const table = tables.get(expected.name);
    if (!table) {
      problems.push(`${expected.name} is missing`);
      continue;
    }
    const found = await fingerprintTable(query, table);
    const ok = found.rows === expected.rows && found.sha256 === expected.sha256;
    if (found.rows !== expected.rows) problems.push(`${expected.name} has ${found.rows} rows, the backup ${expected.rows}`);
    else if (!ok) problems.push(`${expected.name} differs from the backup (fingerprint)`);
    tableChecks.push({ name: expected.name, rows: found.rows, expectedRows: expected.rows, ok });
  }

  const heads = await query<AuditHead>(`SELECT organization_id AS "organizationId", seq::text AS seq, hash FROM "public"."audit_chain_head" ORDER BY organization_id`);
  if (JSON.stringify(heads) !== JSON.stringify(manifest.auditHeads)) problems.push('the audit chain heads differ from the ones the backup recorded');
  const chains: ChainCheck[] = [];
  for (const head of manifest.auditHeads) {
    const result = await verifyAuditChain(manager, head.organizationId, auditKey);
    const endsAtHead = result.headHash === head.hash && String(result.entriesChecked) === head.seq;
    const reason = !result.valid ? `broken at entry ${result.firstBrokenSeq}: ${result.reason}` : endsAtHead ? null : 'it does not end at the head the backup recorded';
    if (reason) problems.push(`the audit chain of organisation ${head.organizationId} does not verify (${reason}); is AUDIT_HMAC_KEY the one of the installation the backup came from?`);
    chains.push({ organizationId: head.organizationId, entries: result.entriesChecked, ok: !reason, reason });
  }
  return { tables: tableChecks, chains, rowsLoaded: 0, problems };
}
