import { QueryFailedError } from 'typeorm';

/** True when a write lost a race against a unique constraint (Postgres 23505) with this name. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
