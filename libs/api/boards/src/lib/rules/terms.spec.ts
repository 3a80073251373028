import { DomainError } from '@cabinet/api/core';
import { checkEndDate, checkNewTerm, consecutiveTerms, mayServeAnotherTerm, termCovers, termsOverOn } from './terms';
import { addMonths, termEnd } from './dates';

const policy = { termMonths: 24, termLimit: 2 };
const term = (startsOn: string, endsOn: string, endedOn: string | null = null) => ({ startsOn, endsOn, endedOn });

function refusal(fn: () => unknown): { field: string; message: string } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.fieldErrors?.[0];
    throw error;
  }
  return undefined;
}

describe('term rules', () => {
  it('ends a 24-month term the day before the same date two years on', () => {
    expect(termEnd('2027-01-01', 24)).toBe('2028-12-31');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
  });

  it('fills in the end of a new term from the board\'s term length', () => {
    expect(checkNewTerm([], policy, '2027-03-01')).toEqual({ startsOn: '2027-03-01', endsOn: '2029-02-28' });
  });

  it('refuses a term longer than the board\'s term length', () => {
    expect(refusal(() => checkNewTerm([], policy, '2027-01-01', '2029-01-01'))).toMatchObject({ field: 'endsOn', message: expect.stringContaining('at most 24 months') });
  });

  it('refuses a term that ends before it starts', () => {
    expect(refusal(() => checkNewTerm([], policy, '2027-01-01', '2026-12-31'))).toMatchObject({ field: 'endsOn' });
  });

  it('refuses overlapping terms', () => {
    expect(refusal(() => checkNewTerm([term('2027-01-01', '2028-12-31')], policy, '2028-06-01'))).toMatchObject({ field: 'startsOn', message: expect.stringContaining('overlaps') });
  });

  it('allows a term that starts the day after the last one ended early', () => {
    expect(checkNewTerm([term('2027-01-01', '2028-12-31', '2027-06-30')], { ...policy, termLimit: null }, '2027-07-01').startsOn).toBe('2027-07-01');
  });

  it('refuses a third term in a row when the limit is two', () => {
    const served = [term('2023-01-01', '2024-12-31'), term('2025-01-01', '2026-12-31')];
    expect(consecutiveTerms(served, policy)).toBe(2);
    expect(mayServeAnotherTerm(served, policy, '2027-01-01')).toBe(false);
    expect(refusal(() => checkNewTerm(served, policy, '2027-01-01'))).toMatchObject({ field: 'startsOn', message: expect.stringContaining('term 3 in a row') });
  });

  it('starts the count again after a break of one term length', () => {
    const served = [term('2019-01-01', '2020-12-31'), term('2021-01-01', '2022-12-31')];
    expect(mayServeAnotherTerm(served, policy, '2024-12-31')).toBe(false);
    expect(mayServeAnotherTerm(served, policy, '2025-01-01')).toBe(true);
    expect(consecutiveTerms([...served, term('2025-01-01', '2026-12-31')], policy)).toBe(1);
  });

  it('has no limit when the board sets none', () => {
    const served = [term('2021-01-01', '2022-12-31'), term('2023-01-01', '2024-12-31'), term('2025-01-01', '2026-12-31')];
    expect(mayServeAnotherTerm(served, { termMonths: 24, termLimit: null }, '2027-01-01')).toBe(true);
  });

  it('refuses to end a membership before it began', () => {
    expect(refusal(() => checkEndDate('2027-01-01', '2026-12-31'))).toMatchObject({ field: 'endedOn', message: expect.stringContaining('before the membership began') });
    expect(() => checkEndDate('2027-01-01', '2027-01-01')).not.toThrow();
  });

  describe('whether terms run on a day', () => {
    const terms = [term('2025-01-01', '2026-12-31'), term('2027-01-01', '2028-12-31')];

    it('counts a term from its first day to its last, both included', () => {
      expect(termCovers(terms, '2025-01-01')).toBe(true);
      expect(termCovers(terms, '2028-12-31')).toBe(true);
      expect(termCovers(terms, '2024-12-31')).toBe(false);
      expect(termCovers(terms, '2029-01-01')).toBe(false);
    });

    it('does not count the days after a term was cut short, nor a gap between two terms', () => {
      expect(termCovers([term('2025-01-01', '2026-12-31', '2025-06-30')], '2025-07-01')).toBe(false);
      expect(termCovers([term('2025-01-01', '2025-12-31'), term('2026-02-01', '2027-01-31')], '2026-01-15')).toBe(false);
    });
  });

  describe('when every term is over', () => {
    it('gives the last day served once the latest term ended before today', () => {
      expect(termsOverOn([term('2025-01-01', '2026-12-31'), term('2023-01-01', '2024-12-31')], '2027-01-01')).toBe('2026-12-31');
    });

    it('keeps a member on the last day of their term', () => {
      expect(termsOverOn([term('2025-01-01', '2026-12-31')], '2026-12-31')).toBeNull();
    });

    it('keeps a member whose renewal is on record, even when it starts after a gap', () => {
      expect(termsOverOn([term('2025-01-01', '2025-12-31'), term('2026-02-01', '2027-01-31')], '2026-01-15')).toBeNull();
    });

    it('keeps a member whose first term has not begun, and someone with no term at all', () => {
      expect(termsOverOn([term('2027-03-01', '2029-02-28')], '2027-01-01')).toBeNull();
      expect(termsOverOn([], '2027-01-01')).toBeNull();
    });

    it('uses the early end of a term that was cut short', () => {
      expect(termsOverOn([term('2025-01-01', '2026-12-31', '2025-06-30')], '2025-07-01')).toBe('2025-06-30');
    });
  });
});
