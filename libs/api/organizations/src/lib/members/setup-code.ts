import { randomInt, timingSafeEqual } from 'node:crypto';
import { hashToken } from '@cabinet/api/identity';

/** No 0/O, 1/I/L: read aloud or copied from paper without mistakes. */
export const SETUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SETUP_CODE_DAYS = 7;

export interface NewSetupCode {
  /** Shown once, as XXXX-XXXX. */
  display: string;
  hash: string;
  expiresAt: Date;
}

export function newSetupCode(now = Date.now()): NewSetupCode {
  const chars = Array.from({ length: 8 }, () => SETUP_CODE_ALPHABET[randomInt(SETUP_CODE_ALPHABET.length)]).join('');
  return { display: `${chars.slice(0, 4)}-${chars.slice(4)}`, hash: hashSetupCode(chars), expiresAt: new Date(now + SETUP_CODE_DAYS * 86_400_000) };
}

/** Typed with or without the dash, in any case: the same hash. */
export function hashSetupCode(code: string): string {
  return hashToken(code.replace(/[-\s]/g, '').toUpperCase());
}

/** Compares in constant time; a missing stored hash compares against nothing that can match. */
export function setupCodeMatches(storedHash: string | null, givenHash: string): boolean {
  const stored = Buffer.from(storedHash ?? '', 'hex');
  const given = Buffer.from(givenHash, 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given);
}
