import { z } from 'zod';
import { appConfigSchema, AppConfig, migrationConfigSchema, MigrationConfig } from './config.schema';

/** Thrown when the environment is incomplete or wrong; its message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cabinet cannot start because of its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

function parse<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  // Empty strings count as unset, so "PORT=" behaves like no PORT at all.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  // Name the variable and the rule, never the value: some of these are secrets.
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
}

export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return parse(appConfigSchema, env);
}

export function loadMigrationConfig(env: NodeJS.ProcessEnv = process.env): MigrationConfig {
  return parse(migrationConfigSchema, env);
}
