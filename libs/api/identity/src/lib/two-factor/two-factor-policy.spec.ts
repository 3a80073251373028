import { mustSetUpTwoFactor, twoFactorRequiredOf } from './two-factor-policy';

const service = { kind: 'service' as const, requireTwoFactor: true };

describe('who must use an authenticator app', () => {
  it('asks nothing of anyone while the organisation does not require it', () => {
    expect(twoFactorRequiredOf({ kind: 'funder', requireTwoFactor: false }, 'admin')).toBe(false);
  });

  it('asks it of admins and funder auditors in an organisation that requires it, not of staff or peers', () => {
    expect(twoFactorRequiredOf(service, 'admin')).toBe(true);
    expect(twoFactorRequiredOf(service, 'funder_auditor')).toBe(true);
    expect(twoFactorRequiredOf(service, 'staff')).toBe(false);
    expect(twoFactorRequiredOf(service, 'member')).toBe(false);
  });

  it('asks it of everyone in a funder that requires it', () => {
    expect(twoFactorRequiredOf({ kind: 'funder', requireTwoFactor: true }, 'staff')).toBe(true);
  });

  it('stops blocking once the person has an authenticator app', () => {
    expect(mustSetUpTwoFactor(service, 'admin', null)).toBe(true);
    expect(mustSetUpTwoFactor(service, 'admin', new Date())).toBe(false);
  });
});
