import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { AuditChainHead, AuditEntry } from '@cabinet/api/audit';
import { dataSourceOptions, MIGRATIONS, provisionAppRole } from '@cabinet/api/database';
import { type BackupManifest, BackupRefused } from './backup-format';
import { backupLines, verifyBackupFile } from './read-backup';
import { TableLoader } from './load-table';
import { ident, listTables, MIGRATIONS_TABLE, qualified, type Query, type TableInfo, useCanonicalSession } from './schema-tables';
import { resumeQueuedWork } from './resume-queued-work';
import { compareWithManifest, type RestoreCheck } from './verify-restore';

export interface RestoreTarget {
  /** A superuser of the target's server: row-level security is forced and binds the owner, so only it can load every tenant's rows. */
  adminUrl: string;
  /** The schema owner: runs the migrations, so it owns what they create, as in a migrated install. */
  ownerUrl: string;
  /** The app role, granted access after the migrations, as `npm run migrate` does. */
  appUrl: string;
}

export interface RestoreOptions {
  file: string;
  target: RestoreTarget;
  /** The AUDIT_HMAC_KEY of the installation the backup came from: the audit chains are signed with it. */
  auditKey: string;
}

export interface RestoreReport extends RestoreCheck {
  manifest: BackupManifest;
  migrationsRun: string[];
  /** False when a check failed: everything loaded was rolled back, the database holds the schema only. */
  restored: boolean;
}

/**
 * Restores a backup into a database that has no data: checks the whole file first, rebuilds the
 * schema with the migrations the backup lists (without seeding Cabinet's packs: they come from
 * the backup), loads every table in foreign-key order, sets the sequences, then compares every
 * table's count and fingerprint with the manifest and verifies every organisation's audit chain,
 * all in one transaction that is committed only if every check passes.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = await verifyBackupFile(options.file);
  const migrations = migrationsListed(manifest);
  const admin = new DataSource({ ...dataSourceOptions({ url: options.target.adminUrl, poolSize: 1, applicationName: 'cabinet-restore' }), entities: [AuditEntry, AuditChainHead] });
  await admin.initialize();
  try {
    const runner = admin.createQueryRunner();
    await runner.connect();
    try {
      const query: Query = (sql, params) => runner.query(sql, params);
      await useCanonicalSession(query);
      await refuseIfNotEmpty(query, manifest);
      const migrationsRun = await runMigrations(options.target, migrations);
      const check = await loadAndVerify(runner, query, options, manifest);
      if (check.problems.length === 0) await query('ANALYZE');
      return { ...check, manifest, migrationsRun, restored: check.problems.length === 0 };
    } finally {
      await runner.release();
    }
  } finally {
    await admin.destroy();
  }
}

/** The code's migrations the backup lists, which must be the code's first ones, in its order. */
function migrationsListed(manifest: BackupManifest): Array<new () => MigrationInterface> {
  const known = MIGRATIONS.map((migration) => ({ migration, name: new migration().name ?? migration.name }));
  manifest.migrations.forEach((name, i) => {
    if (!known.some((k) => k.name === name)) throw new BackupRefused(`The backup was made by a newer Cabinet: this version does not know its migration ${name}. Restore it with that version or a later one.`);
    if (known[i]?.name !== name) throw new BackupRefused(`The backup's migrations are not in this version's order (${name} at position ${i + 1}).`);
  });
  return known.slice(0, manifest.migrations.length).map((k) => k.migration);
}

async function refuseIfNotEmpty(query: Query, manifest: BackupManifest): Promise<void> {
  for (const table of await listTables(query)) {
    const [row] = await query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${qualified(table.name)}) AS any`);
    if (row!.any) throw new BackupRefused(`The target database has data (in ${table.name}): restore into an empty database, never over one in use.`);
  }
  const [ledger] = await query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${MIGRATIONS_TABLE}`]);
  if (!ledger!.present) return;
  const applied = (await query<{ name: string }>(`SELECT name FROM "public".${ident(MIGRATIONS_TABLE)} ORDER BY id`)).map((m) => m.name);
  if (applied.some((name, i) => manifest.migrations[i] !== name)) {
    throw new BackupRefused(`The target database's schema (${applied.length} migrations) is not an earlier state of the backup's: restore into a new, empty database.`);
  }
}

async function runMigrations(target: RestoreTarget, migrations: Array<new () => MigrationInterface>): Promise<string[]> {
  const owner = new DataSource({ ...dataSourceOptions({ url: target.ownerUrl, poolSize: 1, applicationName: 'cabinet-restore-migrate' }), migrations });
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    await provisionAppRole(owner, target.appUrl);
    return applied.map((m) => m.name);
  } finally {
    await owner.destroy();
  }
}

async function loadAndVerify(runner: QueryRunner, query: Query, options: RestoreOptions, manifest: BackupManifest): Promise<RestoreCheck> {
  await runner.startTransaction();
  try {
    const tables = new Map((await listTables(query)).map((table) => [table.name, table]));
    checkLoadOrder(manifest, tables);
    let loader: TableLoader | null = null;
    let rowsLoaded = 0;
    for await (const entry of backupLines(options.file)) {
      if (entry.kind === 'row') {
        if (!loader) throw new BackupRefused('The backup file has rows before any table.');
        await loader.add(entry.values);
        continue;
      }
      rowsLoaded += (await loader?.finish()) ?? 0;
      if (entry.kind === 'manifest') break;
      const table = tables.get(entry.header.table);
      if (!table) throw new BackupRefused(`The backup file has a table the database does not: ${entry.header.table}.`);
      loader = new TableLoader(query, table, entry.header.columns);
    }
    for (const sequence of manifest.sequences) {
      await query(`SELECT setval($1::regclass, $2::bigint, $3)`, [qualified(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    const check = await compareWithManifest(runner.manager, query, manifest, options.auditKey);
    check.rowsLoaded = rowsLoaded;
    if (check.problems.length) await runner.rollbackTransaction();
    else {
      check.resumed = await resumeQueuedWork(query);
      await runner.commitTransaction();
    }
    return check;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  }
}

/** The file lists tables parents first; the target's schema must have the same tables, and agree on that order. */
function checkLoadOrder(manifest: BackupManifest, tables: Map<string, TableInfo>): void {
  const listed = manifest.tables.map((t) => t.name);
  const missing = listed.filter((name) => !tables.has(name));
  const extra = [...tables.keys()].filter((name) => !listed.includes(name));
  if (missing.length || extra.length) {
    throw new BackupRefused(`After its migrations the database's tables differ from the backup's (missing: ${missing.join(', ') || 'none'}; not in the backup: ${extra.join(', ') || 'none'}).`);
  }
  listed.forEach((name, i) => {
    const later = tables.get(name)!.references.find((parent) => listed.indexOf(parent) > i);
    if (later) throw new BackupRefused(`The backup lists ${name} before ${later}, which it refers to.`);
  });
}
