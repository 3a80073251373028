import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditChainHead, AuditEntry, verifyAuditChain } from '@cabinet/api/audit';
import { dataSourceOptions } from '@cabinet/api/database';
import { openLocalDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';

/**
 * `npm run audit:verify`: checks every organisation's audit chain and names the first broken
 * entry. Reading every tenant needs a role that bypasses row-level security (the local
 * superuser, or DATABASE_ADMIN_URL); within the app, GET /api/audit/verify checks one organisation.
 */
async function main(): Promise<number> {
  const dataDir = resolve(process.cwd(), '.data');
  const secrets = loadLocalSecrets(resolve(dataDir, 'local-secrets.json'));
  const key = process.env['AUDIT_HMAC_KEY'] ?? secrets.auditHmacKey;
  const database = await openLocalDatabase(dataDir, secrets);
  try {
    if (!database.adminUrl) throw new Error('Set DATABASE_ADMIN_URL to a role that may read every organisation (it bypasses row-level security).');
    const admin = new DataSource({ ...dataSourceOptions({ url: database.adminUrl, poolSize: 1, applicationName: 'cabinet-audit-verify' }), entities: [AuditEntry, AuditChainHead] });
    await admin.initialize();
    try {
      const chains = await admin.getRepository(AuditChainHead).find({ order: { organizationId: 'ASC' } });
      let broken = 0;
      for (const chain of chains) {
        const result = await verifyAuditChain(admin.manager, chain.organizationId, key);
        if (result.valid) console.log(`ok      ${chain.organizationId}  ${result.entriesChecked} entries, head ${result.headHash.slice(0, 12)}…`);
        else {
          broken += 1;
          console.log(`BROKEN  ${chain.organizationId}  at entry ${result.firstBrokenSeq}: ${result.reason}`);
        }
      }
      console.log(`${chains.length} chain(s) checked, ${broken} broken.`);
      return broken ? 1 : 0;
    } finally {
      await admin.destroy();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Audit verification failed to run: ${(error as Error).message}`);
    process.exit(2);
  },
);
