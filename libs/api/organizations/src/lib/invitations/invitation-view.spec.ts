import { invitationStatus } from '@cabinet/api/identity';

describe('an invitation\'s status', () => {
  const now = Date.UTC(2030, 0, 1);
  const future = new Date(now + 1000);
  const past = new Date(now - 1000);

  it('is pending until it expires', () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe('pending');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: past }, now)).toBe('expired');
  });

  it('stays accepted or revoked after its expiry', () => {
    expect(invitationStatus({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe('accepted');
    expect(invitationStatus({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe('revoked');
  });
});
