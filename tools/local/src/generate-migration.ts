import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@cabinet/api/core';
import { migrate, schemaDrift } from '@cabinet/api/database';
import { ApiModule } from '@cabinet/api/http';
import { openLocalDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';

const MIGRATIONS_DIR = resolve(process.cwd(), 'libs/api/database/src/migrations');

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/**
 * `npm run migration:generate -- VerbObject`: writes the migration that brings the migrated
 * database in line with the entities, lists it, and pins it in migrations.lock.json.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!/^[A-Z][a-z]+[A-Za-z0-9]*$/.test(name)) throw new Error('Give the migration a VerbObject name, e.g. npm run migration:generate -- CreateBoards');
  const dataDir = resolve(process.cwd(), '.data');
  const secrets = loadLocalSecrets(resolve(dataDir, 'local-secrets.json'));
  const database = await openLocalDatabase(dataDir, secrets);
  try {
    await migrate(database.ownerUrl, database.appUrl);
    // Only the data source is used; the other settings just have to be valid.
    const config = loadAppConfig({
      APP_URL: 'http://localhost',
      DATABASE_APP_URL: database.appUrl,
      REDIS_URL: 'redis://127.0.0.1:1',
      SMTP_URL: 'smtp://127.0.0.1:1',
      AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
    });
    const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config), { logger: false });
    const drift = await schemaDrift(app.get(DataSource));
    await app.close();
    if (drift.up.length === 0) return console.log('Entities and migrations agree: nothing to generate.');

    const timestamp = Date.now();
    const file = `${timestamp}-${name}.ts`;
    const className = `${name}${timestamp}`;
    writeFileSync(join(MIGRATIONS_DIR, file), migrationSource(className, drift.up, drift.down));

    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/(\nexport const MIGRATIONS = \[)([^\]]*)\]/, (_, start: string, list: string) => `${start}${list.trim() ? `${list.trim()}, ` : ''}${className}]`)
      .replace(/^/, `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n`);
    writeFileSync(indexPath, index);
    console.log(`Wrote ${file}. Review it, run the tests, then pin it: npm run migration:lock`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
