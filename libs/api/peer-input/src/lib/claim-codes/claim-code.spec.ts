import { CLAIM_CODE_ALPHABET, claimCodeHash, newClaimCode, normalizeClaimCode } from './claim-code';

describe('claim codes', () => {
  it('are ten characters from an alphabet without look-alikes, in two groups of five', () => {
    for (let i = 0; i < 200; i++) expect(newClaimCode()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(CLAIM_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('differ from one another', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newClaimCode()));
    expect(codes.size).toBe(1000);
  });

  it('read the same however they are typed', () => {
    const code = newClaimCode();
    const loose = ` ${code.toLowerCase().replace('-', ' ')} `;
    expect(normalizeClaimCode(loose)).toBe(code.replace('-', ''));
    expect(claimCodeHash(loose)).toBe(claimCodeHash(code));
    expect(claimCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuse what cannot be a code', () => {
    for (const typed of ['', 'ABCDE-FGHJ', 'ABCDE-FGHJKM', 'ABCDE-FGH0K', 'ABCDE-FGHIK', 'ABCDE_FGHJK']) {
      expect(normalizeClaimCode(typed)).toBeNull();
      expect(claimCodeHash(typed)).toBeNull();
    }
  });
});
