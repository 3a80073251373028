import { z } from 'zod';

const url = (protocols: string[], example: string) =>
  z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')} (e.g. ${example})`);

const secret = z
  .string({ error: 'is required' })
  .min(32, 'must be at least 32 characters long (generate one with: openssl rand -hex 32)');

/** The environment the API and the worker need. Every value is checked before anything starts. */
export const appConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(3000),
  APP_URL: url(['http:', 'https:'], 'https://cabinet.example.org'),
  DATABASE_APP_URL: url(['postgres:', 'postgresql:'], 'postgres://cabinet_app:secret@localhost:5432/cabinet'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: url(['redis:', 'rediss:'], 'redis://localhost:6379'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9-]+$/, 'may contain only lower-case letters, digits and dashes').default('cabinet'),
  SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://user:password@smtp.example.org:587'),
  MAIL_FROM: z.string().min(3, 'must be an address such as "Cabinet <no-reply@example.org>"').default('Cabinet <no-reply@cabinet.local>'),
  /** Signs the audit trail's hash chain; keep it out of the database so a database edit cannot re-sign. */
  AUDIT_HMAC_KEY: secret,
  /** Sign-out after this many minutes without activity, for staff and funders... */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(720).default(15),
  /** ...and for peer members, who often read more slowly or share a device at a drop-in centre. */
  SESSION_IDLE_MINUTES_PEER: z.coerce.number().int().min(1).max(720).default(30),
  /** Sign-out after this many hours whatever the activity. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDRs, or loopback/linklocal/uniquelocal).
   * Rate limits count per client address: trusting every sender would let anyone pick their own.
   */
  TRUSTED_PROXIES: z.string().trim().min(1, 'must list proxies, e.g. "loopback,uniquelocal"').default('loopback,linklocal,uniquelocal'),
  /** Where the built web app lives; when set and present, the API serves it on the same port. */
  WEB_DIST_DIR: z.string().optional(),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

/** Migrations run as the schema owner, a different role from the one the app connects as. */
export const migrationConfigSchema = z.object({
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://cabinet_owner:secret@localhost:5432/cabinet'),
  DATABASE_APP_URL: appConfigSchema.shape.DATABASE_APP_URL,
});

export type MigrationConfig = z.infer<typeof migrationConfigSchema>;
