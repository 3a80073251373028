import type { UserToken } from '../entities/user-token.entity';

/** An emailed link still works: it exists, was not used and has not expired. */
export function isUsable(token: UserToken | null): token is UserToken {
  return !!token && !token.usedAt && token.expiresAt.getTime() > Date.now();
}

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000);
