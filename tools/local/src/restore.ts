import 'reflect-metadata';
import { resolve } from 'node:path';
import { StartupError } from '@cabinet/tooling/local-services';
import { BackupRefused, prepareTargetDatabase, restoreBackup, type RestoreReport } from '@cabinet/tooling/backup';
import { loadLocalSecrets } from './local-secrets';
import { openDatabaseForBackup, parseArguments } from './backup/local-connection';

const USAGE = 'Usage: npm run restore -- <file> [--database <name>]';

/**
 * `npm run restore -- <file> [--database <name>]`: restores a backup into an empty database (the
 * local one, or <name> on the same server, created if missing) and verifies it. Exits 1 on any
 * mismatch, with nothing loaded. See docs/backup-and-restore.md.
 */
async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2), ['database']);
  if (positional.length !== 1) throw new StartupError(USAGE);
  const dataDir = resolve(process.cwd(), '.data');
  const secrets = loadLocalSecrets(resolve(dataDir, 'local-secrets.json'));
  const auditKey = process.env['AUDIT_HMAC_KEY'] ?? secrets.auditHmacKey;
  const database = await openDatabaseForBackup(dataDir, secrets);
  try {
    if (!database.adminUrl) throw new StartupError('Set DATABASE_ADMIN_URL to a superuser of the target server: loading every organisation\'s rows bypasses row-level security.');
    const urls = { adminUrl: database.adminUrl, ownerUrl: database.ownerUrl, appUrl: database.appUrl };
    const target = options['database'] ? await prepareTargetDatabase(urls, options['database']) : urls;
    const report = await restoreBackup({ file: resolve(positional[0]!), target, auditKey });
    printReport(report);
    return report.restored ? 0 : 1;
  } finally {
    await database.stop();
  }
}

function printReport(report: RestoreReport): void {
  const { manifest } = report;
  console.log(`Backup of ${manifest.database}, made ${manifest.createdAt}, schema at ${manifest.migrations.at(-1) ?? 'no migration'}.`);
  console.log(`Ran ${report.migrationsRun.length} migration(s); loaded ${report.rowsLoaded} rows into ${report.tables.length} tables.`);
  for (const table of report.tables.filter((t) => !t.ok)) console.log(`MISMATCH  ${table.name}: ${table.rows} rows, the backup ${table.expectedRows}`);
  const chains = report.chains.filter((c) => c.ok).length;
  console.log(`Audit chains: ${chains} of ${report.chains.length} verify and end at the recorded head.`);
  if (report.restored) {
    console.log('Every table matches the backup\'s count and fingerprint. Restored.');
    const { requeued = 0, replanned = 0 } = report.resumed ?? {};
    console.log(`Handed back to the jobs: ${requeued} queued message(s) not yet done, and the reminders of ${replanned} meeting(s) ahead (the next worker to start sends them).`);
  }
  else {
    for (const problem of report.problems) console.log(`PROBLEM   ${problem}`);
    console.log('Not restored: everything loaded was rolled back (the database has the schema only).');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof StartupError || error instanceof BackupRefused;
    console.error(`Restore failed: ${known ? (error as Error).message : (error as Error).stack}`);
    process.exit(1);
  },
);
