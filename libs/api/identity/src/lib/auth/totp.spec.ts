import { base32Decode, base32Encode, totpCode, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(totpCode(RFC_SECRET, Math.floor(59 / 30))).toBe('287082');
    expect(totpCode(RFC_SECRET, Math.floor(1111111109 / 30))).toBe('081804');
    expect(totpCode(RFC_SECRET, Math.floor(1234567890 / 30))).toBe('005924');
  });

  it('accepts a code from the previous step, for a phone whose clock is a little behind', () => {
    const now = 1_800_000_000_000;
    const previous = totpCode(RFC_SECRET, Math.floor(now / 30000) - 1);
    expect(verifyTotp(RFC_SECRET, previous, now)).toBe(true);
  });

  it('refuses a code from five minutes ago', () => {
    const now = 1_800_000_000_000;
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, Math.floor(now / 30000) - 10), now)).toBe(false);
  });

  it('round-trips base32', () => {
    expect(base32Decode(base32Encode(Buffer.from('hello world'))).toString()).toBe('hello world');
  });
});
