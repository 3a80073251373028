import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  postgresPassword: string;
  ownerPassword: string;
  appPassword: string;
  sessionSecret: string;
}

/** Random secrets for this machine's local run, made once and kept in the git-ignored data folder. */
export function loadLocalSecrets(file: string): LocalSecrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const make = () => randomBytes(24).toString('hex');
  const secrets: LocalSecrets = { postgresPassword: make(), ownerPassword: make(), appPassword: make(), sessionSecret: randomBytes(32).toString('hex') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
