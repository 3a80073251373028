import { auditHash, GENESIS_HASH, HashedFields } from './audit-hash';

const entry: HashedFields = {
  organizationId: '11111111-1111-4111-8111-111111111111',
  seq: '1',
  occurredAt: new Date('2026-11-23T10:00:00.000Z'),
  actorUserId: null,
  action: 'member.invited',
  entityType: 'invitation',
  entityId: 'abc',
  requestId: 'req-1',
  details: { role: 'member', resent: false },
  prevHash: GENESIS_HASH,
};

describe('auditHash', () => {
  it('is the same for the same entry whatever the order of its details', () => {
    expect(auditHash('k', entry)).toBe(auditHash('k', { ...entry, details: { resent: false, role: 'member' } }));
  });

  it('changes when any field changes', () => {
    const base = auditHash('k', entry);
    expect(auditHash('k', { ...entry, action: 'member.removed' })).not.toBe(base);
    expect(auditHash('k', { ...entry, details: { role: 'admin', resent: false } })).not.toBe(base);
    expect(auditHash('k', { ...entry, prevHash: 'f'.repeat(64) })).not.toBe(base);
  });

  it('depends on the secret key, so nobody without it can forge a chain', () => {
    expect(auditHash('k1', entry)).not.toBe(auditHash('k2', entry));
  });
});
