import { hashSetupCode, newSetupCode, SETUP_CODE_ALPHABET, setupCodeMatches } from './setup-code';

describe('setup codes', () => {
  it('reads as two groups of four characters from an alphabet without look-alikes', () => {
    const { display } = newSetupCode();
    expect(display).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    for (const char of display.replace('-', '')) expect(SETUP_CODE_ALPHABET).toContain(char);
    expect(SETUP_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('matches the code typed without the dash or in lower case', () => {
    const { display, hash } = newSetupCode();
    expect(setupCodeMatches(hash, hashSetupCode(display.replace('-', '').toLowerCase()))).toBe(true);
  });

  it('refuses another code, and any code when none was issued', () => {
    const { hash } = newSetupCode();
    expect(setupCodeMatches(hash, hashSetupCode('AAAA-AAAA'))).toBe(false);
    expect(setupCodeMatches(null, hashSetupCode('AAAA-AAAA'))).toBe(false);
  });

  it('expires after seven days', () => {
    const now = Date.UTC(2030, 0, 1);
    expect(newSetupCode(now).expiresAt.toISOString()).toBe('2030-01-08T00:00:00.000Z');
  });
});
