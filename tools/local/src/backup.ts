import 'reflect-metadata';
import { resolve } from 'node:path';
import { StartupError } from '@cabinet/tooling/local-services';
import { BackupRefused, createBackup } from '@cabinet/tooling/backup';
import { loadLocalSecrets } from './local-secrets';
import { openDatabaseForBackup, parseArguments } from './backup/local-connection';

/**
 * `npm run backup [-- --out <file>]`: one consistent snapshot of every table into a gzip file
 * (mode 0600: it holds personal data), by default .data/backups/cabinet-<time>.backup.
 * See docs/backup-and-restore.md.
 */
async function main(): Promise<void> {
  const { options, positional } = parseArguments(process.argv.slice(2), ['out']);
  if (positional.length) throw new StartupError(`Unexpected argument ${positional[0]}. Usage: npm run backup [-- --out <file>]`);
  const dataDir = resolve(process.cwd(), '.data');
  const out = resolve(options['out'] ?? resolve(dataDir, 'backups', `cabinet-${new Date().toISOString().replace(/[:.]/g, '-')}.backup`));
  const database = await openDatabaseForBackup(dataDir, loadLocalSecrets(resolve(dataDir, 'local-secrets.json')));
  try {
    if (!database.adminUrl) {
      throw new StartupError('Set DATABASE_ADMIN_URL to a role that reads every row (a superuser, or a role with BYPASSRLS and pg_read_all_data): row-level security binds the schema owner too.');
    }
    const manifest = await createBackup({ url: database.adminUrl, out });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Backed up ${manifest.tables.length} tables, ${rows} rows, ${manifest.auditHeads.length} audit chain(s), schema at ${manifest.migrations.at(-1) ?? 'no migration'}.`);
    console.log(`Written to ${out} (readable by you only: it holds personal data).`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof StartupError || error instanceof BackupRefused;
  console.error(`Backup failed: ${known ? (error as Error).message : (error as Error).stack}`);
  process.exit(1);
});
