import { dueTermNotice } from './term-notice-threshold';

describe('dueTermNotice', () => {
  const today = '2027-01-01';

  it('sends nothing while the end is more than 60 days away', () => {
    expect(dueTermNotice(today, '2027-03-03', [])).toBeNull();
  });

  it('sends the 60-day notice on the 60th day before the end', () => {
    expect(dueTermNotice(today, '2027-03-02', [])).toBe(60);
  });

  it('sends the 60-day notice late when the sweep missed a day, as long as 14 days are not reached', () => {
    expect(dueTermNotice(today, '2027-02-10', [])).toBe(60);
  });

  it('sends nothing more between the two notices once the 60-day one went out', () => {
    expect(dueTermNotice(today, '2027-02-10', [60])).toBeNull();
  });

  it('sends the 14-day notice on the 14th day before the end', () => {
    expect(dueTermNotice(today, '2027-01-15', [60])).toBe(14);
  });

  it('sends only the 14-day notice for a term first seen 10 days before its end, never a late 60-day one', () => {
    expect(dueTermNotice(today, '2027-01-11', [])).toBe(14);
  });

  it('sends nothing once the 14-day notice went out', () => {
    expect(dueTermNotice(today, '2027-01-11', [60, 14])).toBeNull();
    expect(dueTermNotice(today, '2027-01-11', [14])).toBeNull();
  });

  it('does not follow a 14-day notice with a 60-day one when the end date moved later', () => {
    expect(dueTermNotice(today, '2027-02-20', [14])).toBeNull();
  });

  it('still notifies on the last day of the term', () => {
    expect(dueTermNotice(today, today, [60])).toBe(14);
  });

  it('sends nothing for a term that already ended', () => {
    expect(dueTermNotice(today, '2026-12-31', [])).toBeNull();
  });
});
