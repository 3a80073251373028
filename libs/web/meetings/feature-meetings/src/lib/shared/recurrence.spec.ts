import { buildRecurrence, maxMeetings, weekdayInMonth, weekdayName } from './recurrence';

describe('the repeat rule a schedule builds', () => {
  it('makes a single meeting when it does not repeat', () => {
    expect(buildRecurrence('none', '2027-03-02T18:30', 12)).toBeNull();
  });

  it('repeats every week on the first meeting’s weekday', () => {
    expect(buildRecurrence('weekly', '2027-03-02T18:30', 4)).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=4');
  });

  it('turns 2 March 2027 into "the first Tuesday of each month"', () => {
    expect(weekdayInMonth('2027-03-02T18:30')).toEqual({ weekday: 2, nth: 1, day: 2 });
    expect(buildRecurrence('monthly_weekday', '2027-03-02T18:30', 12)).toBe('FREQ=MONTHLY;BYDAY=1TU;COUNT=12');
  });

  it('counts the second, third and fourth weekday of a month', () => {
    expect(buildRecurrence('monthly_weekday', '2027-03-08T10:00', 3)).toBe('FREQ=MONTHLY;BYDAY=2MO;COUNT=3');
    expect(buildRecurrence('monthly_weekday', '2027-03-18T10:00', 3)).toBe('FREQ=MONTHLY;BYDAY=3TH;COUNT=3');
    expect(buildRecurrence('monthly_weekday', '2027-03-28T10:00', 3)).toBe('FREQ=MONTHLY;BYDAY=4SU;COUNT=3');
  });

  it('calls a fifth weekday the last one, which every month has', () => {
    expect(buildRecurrence('monthly_weekday', '2027-03-30T18:30', 6)).toBe('FREQ=MONTHLY;BYDAY=-1TU;COUNT=6');
  });

  it('repeats every month on the same date', () => {
    expect(buildRecurrence('monthly_date', '2027-03-15T09:00', 6)).toBe('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6');
  });

  it('makes no rule without a real date or a number of meetings', () => {
    expect(buildRecurrence('weekly', '', 4)).toBeNull();
    expect(buildRecurrence('weekly', '2027-02-30T10:00', 4)).toBeNull();
    expect(buildRecurrence('weekly', '2027-03-02T10:00', null)).toBeNull();
  });

  it('allows 60 weekly meetings but no more monthly ones than 36 months hold', () => {
    expect(maxMeetings('weekly')).toBe(60);
    expect(maxMeetings('monthly_weekday')).toBe(36);
    expect(maxMeetings('monthly_date')).toBe(36);
  });

  it('names the weekday in the reader’s language', () => {
    expect(weekdayName(2, 'en-GB')).toBe('Tuesday');
    expect(weekdayName(2, 'es')).toBe('martes');
  });
});
