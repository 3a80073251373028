import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  postgresPassword: string;
  ownerPassword: string;
  appPassword: string;
  auditHmacKey: string;
}

/** Random secrets for this machine's local run, made once and kept in the git-ignored data folder. */
export function loadLocalSecrets(file: string): LocalSecrets {
  const make = () => randomBytes(24).toString('hex');
  const fresh: LocalSecrets = { postgresPassword: make(), ownerPassword: make(), appPassword: make(), auditHmacKey: make() + make() };
  // Secrets added in later versions are filled in; existing ones are kept, or the data would be unreadable.
  const secrets: LocalSecrets = existsSync(file) ? { ...fresh, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>) } : fresh;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
