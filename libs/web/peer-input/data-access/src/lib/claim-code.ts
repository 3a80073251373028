/** Claim codes use these characters only; the ones people mix up (0/O, 1/I/L) are left out. Kept in step with the API. */
const CLAIM_CODE_CHARACTERS = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/;

/**
 * A claim code as a person typed it (any case, spaces or dashes anywhere) in the form it is shown
 * on a receipt, "K7M2P-X9QRT"; null when it cannot be a claim code.
 */
export function normalizeClaimCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s\-‐-―]/g, '');
  return CLAIM_CODE_CHARACTERS.test(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : null;
}
