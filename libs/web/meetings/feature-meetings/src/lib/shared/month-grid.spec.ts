import { addMonths, monthGrid, monthOf } from './month-grid';

const meeting = (startsAt: string) => ({ startsAt });

describe('monthGrid', () => {
  it('lays out March 2027 in Monday-first weeks, padded with February and April days', () => {
    const weeks = monthGrid({ year: 2027, month: 3 }, [], 'Europe/Lisbon', '2027-03-10');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.map((day) => day.date)).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07']);
    expect(weeks[4]?.at(-1)).toMatchObject({ date: '2027-04-04', inMonth: false });
    expect(weeks.flat().filter((day) => day.isToday).map((day) => day.date)).toEqual(['2027-03-10']);
  });

  it('starts with the last days of the month before when the 1st is not a Monday', () => {
    const weeks = monthGrid({ year: 2026, month: 11 }, [], 'UTC', '');
    expect(weeks[0]?.[0]).toMatchObject({ date: '2026-10-26', inMonth: false, day: 26 });
    expect(weeks[0]?.[6]).toMatchObject({ date: '2026-11-01', inMonth: true });
    expect(weeks).toHaveLength(6);
  });

  it('puts a meeting on the day it starts on the reader’s clock', () => {
    // 23:30 in Lisbon on 2 March is already 3 March in Tokyo.
    const late = meeting('2027-03-02T23:30:00Z');
    const inLisbon = monthGrid({ year: 2027, month: 3 }, [late], 'Europe/Lisbon', '').flat();
    const inTokyo = monthGrid({ year: 2027, month: 3 }, [late], 'Asia/Tokyo', '').flat();
    expect(inLisbon.find((day) => day.items.length)?.date).toBe('2027-03-02');
    expect(inTokyo.find((day) => day.items.length)?.date).toBe('2027-03-03');
  });
});

describe('months', () => {
  it('steps across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
  });

  it('finds the month of an instant in a zone', () => {
    expect(monthOf('2027-03-31T23:30:00Z', 'Europe/Lisbon')).toEqual({ year: 2027, month: 4 });
  });
});
