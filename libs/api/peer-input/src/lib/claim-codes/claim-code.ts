import { randomInt } from 'node:crypto';
import { hashToken } from '@cabinet/api/identity';

/** Digits and capitals without the ones people mix up when copying by hand (0/O, 1/I/L). */
export const CLAIM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 10;
const GROUP = 5;

/**
 * A claim code to read the board's answer later without an account: 10 characters (about 49 bits),
 * shown in two groups ("K7M2P-X9QRT") to copy onto paper or a phone. Guessing is kept out by the
 * size of the space and the lookup's rate limit.
 */
export function newClaimCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += CLAIM_CODE_ALPHABET[randomInt(CLAIM_CODE_ALPHABET.length)];
  return `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;
}

/** A code as typed (any case, spaces or dashes anywhere) in its canonical form, or null if it cannot be one. */
export function normalizeClaimCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LENGTH || [...code].some((c) => !CLAIM_CODE_ALPHABET.includes(c))) return null;
  return code;
}

/** Only this hash is stored; it is the same for every way of typing the code. */
export function claimCodeHash(code: string): string | null {
  const canonical = normalizeClaimCode(code);
  return canonical ? hashToken(`claim:${canonical}`) : null;
}
