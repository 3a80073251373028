import 'reflect-metadata';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { syncSeededPacks } from '@cabinet/api/compliance';
import { migrate, ProvisioningError } from '@cabinet/api/database';
import { StartupError } from '@cabinet/tooling/local-services';
import { openLocalDatabase } from './local-database';
import { loadLocalSecrets } from './local-secrets';
import { HOSTS } from './scale/scale-context';
import { checkScaleOptions, generateScale, SCALE_PASSWORD, ScaleDataExists, type ScaleOptions } from './scale/generate-scale';

const USAGE = 'Usage: npm run seed:scale -- [--boards 200] [--years 5] [--today YYYY-MM-DD]';

/** `--boards 200 --years 5 --today 2026-05-20` (or `--boards=200`); anything else is refused with the usage. */
export function parseScaleArguments(args: readonly string[], today = new Date().toISOString().slice(0, 10)): Omit<ScaleOptions, 'auditHmacKey'> {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !['boards', 'years', 'today'].includes(name)) throw new StartupError(`Unknown argument "${args[i]}". ${USAGE}`);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new StartupError(`--${name} needs a value. ${USAGE}`);
    values[name] = value;
  }
  const whole = (name: string, fallback: number) => {
    const value = values[name];
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value)) throw new StartupError(`--${name} must be a whole number (got "${value}"). ${USAGE}`);
    return Number(value);
  };
  const options = { boards: whole('boards', 200), years: whole('years', 5), today: values['today'] ?? today };
  try {
    checkScaleOptions(options);
  } catch (error) {
    throw new StartupError(`${(error as Error).message}. ${USAGE}`);
  }
  return options;
}

/**
 * `npm run seed:scale`: fills the local database that `npm start` uses with years of history
 * for many boards (see scale/generate-scale.ts), signed with the local audit key, then says who
 * can sign in. Refuses when the scale data is already there.
 */
async function main(): Promise<void> {
  const options = parseScaleArguments(process.argv.slice(2));
  const dataDir = resolve(process.cwd(), '.data');
  const secrets = loadLocalSecrets(resolve(dataDir, 'local-secrets.json'));
  const database = await openLocalDatabase(dataDir, secrets);
  try {
    await migrate(database.ownerUrl, database.appUrl, [syncSeededPacks]);
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const started = Date.now();
    const scale = await generateScale(owner, { ...options, auditHmacKey: process.env['AUDIT_HMAC_KEY'] ?? secrets.auditHmacKey }).finally(() => owner.end());
    console.log(`Generated ${options.boards} boards with ${options.years} years of history up to ${options.today} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    for (const [table, count] of Object.entries(scale.rows)) console.log(`  ${table.padEnd(24)} ${count}`);
    console.log(`\nSign in (password "${SCALE_PASSWORD}") after \`npm start\`:`);
    for (const host of HOSTS) console.log(`  ${host.manager.email.padEnd(32)} ${host === HOSTS[0] ? 'service manager of the peer member\'s boards' : `manager of ${host.name}`}`);
    console.log(`  ${scale.people.member.padEnd(32)} peer member on several boards`);
    console.log(`  ${scale.people.funder.padEnd(32)} funder auditor (portfolio)`);
  } finally {
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const known = error instanceof StartupError || error instanceof ProvisioningError || error instanceof ScaleDataExists;
    console.error(known ? (error as Error).message : `Generating the scale data failed: ${(error as Error).stack}`);
    process.exit(1);
  });
}
