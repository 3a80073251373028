import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { Grant } from '../entities/grant.entity';

/**
 * The grant a link opens, while it waits for an answer and the link has not expired. The caller's
 * context carries the link's hash, which is all row-level security needs to show it. A link
 * answered, withdrawn, expired or unknown is the same 404.
 */
export async function findLiveGrant(m: EntityManager, tokenHash: string, lock = false, now = new Date()): Promise<Grant> {
  const grant = await m.findOne(Grant, { where: { tokenHash, status: 'invited' }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!grant || !grant.tokenExpiresAt || grant.tokenExpiresAt <= now) throw DomainError.linkExpired('This grant link has expired or was already answered. Ask the funder for a new one.');
  return grant;
}
