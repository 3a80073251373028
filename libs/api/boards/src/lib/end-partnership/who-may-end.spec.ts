import { DomainError } from '@cabinet/api/core';
import { whoMayEnd } from './who-may-end';

const HOST = 'host-org';
const PARTNER = 'partner-org';
const OTHER_PARTNER = 'other-partner-org';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('who may end a board partnership', () => {
  it('lets the host’s managers end any partner’s partnership', () => {
    expect(whoMayEnd({ organizationId: HOST, relation: 'host' }, HOST, PARTNER)).toBe('host');
    expect(whoMayEnd({ organizationId: HOST, relation: 'host' }, HOST, OTHER_PARTNER)).toBe('host');
  });

  it('lets a partner’s managers end their own organisation’s partnership (leave)', () => {
    expect(whoMayEnd({ organizationId: PARTNER, relation: 'partner' }, HOST, PARTNER)).toBe('partner');
  });

  it('refuses a partner ending another partner’s partnership with 403', () => {
    const error = refusal(() => whoMayEnd({ organizationId: PARTNER, relation: 'partner' }, HOST, OTHER_PARTNER));
    expect(error.status).toBe(403);
    expect(error.fieldErrors).toBeUndefined();
  });

  it('refuses removing the host, by the host or by a partner, on the organizationId field', () => {
    for (const asker of [{ organizationId: HOST, relation: 'host' as const }, { organizationId: PARTNER, relation: 'partner' as const }]) {
      const error = refusal(() => whoMayEnd(asker, HOST, HOST));
      expect(error.status).toBe(422);
      expect(error.fieldErrors?.map((problem) => problem.field)).toEqual(['organizationId']);
    }
  });
});
