import { addDays, daysBetween, dueState, milestoneOverdue, pausedDays, responseDueOn } from './response-clock';

describe('the response clock', () => {
  it('makes the answer due the board’s response days after the day it was sent, across months and years', () => {
    expect(responseDueOn(new Date('2027-01-15T23:30:00Z'), 30)).toBe('2027-02-14');
    expect(responseDueOn(new Date('2027-12-20T08:00:00Z'), 30)).toBe('2028-01-19');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('counts the calendar days the clock stood still, never fewer than none', () => {
    expect(pausedDays(new Date('2027-03-01T18:00:00Z'), new Date('2027-03-06T09:00:00Z'))).toBe(5);
    expect(pausedDays(new Date('2027-03-01T08:00:00Z'), new Date('2027-03-01T20:00:00Z'))).toBe(0);
    expect(daysBetween('2027-03-06', '2027-03-01')).toBe(-5);
  });

  it('is on time all of the due day, and overdue the day after', () => {
    const sent = { status: 'sent' as const, responseDueOn: '2027-03-10' };
    expect(dueState(sent, new Date('2027-03-08T12:00:00Z'))).toEqual({ awaitingResponse: true, overdue: false, dueInDays: 2 });
    expect(dueState(sent, new Date('2027-03-10T23:59:00Z'))).toEqual({ awaitingResponse: true, overdue: false, dueInDays: 0 });
    expect(dueState(sent, new Date('2027-03-11T00:01:00Z'))).toEqual({ awaitingResponse: true, overdue: true, dueInDays: -1 });
  });

  it('is never overdue while paused for a question, nor once answered', () => {
    const late = new Date('2027-04-30T12:00:00Z');
    expect(dueState({ status: 'info_requested', responseDueOn: '2027-03-10' }, late)).toEqual({ awaitingResponse: false, overdue: false, dueInDays: null });
    expect(dueState({ status: 'responded', responseDueOn: '2027-03-10' }, late).overdue).toBe(false);
    expect(dueState({ status: 'reopened', responseDueOn: '2027-03-10' }, late).overdue).toBe(true);
  });

  it('makes a milestone overdue after its day unless it is done', () => {
    const now = new Date('2027-05-02T10:00:00Z');
    expect(milestoneOverdue({ dueOn: '2027-05-01', doneAt: null }, now)).toBe(true);
    expect(milestoneOverdue({ dueOn: '2027-05-02', doneAt: null }, now)).toBe(false);
    expect(milestoneOverdue({ dueOn: '2027-05-01', doneAt: new Date('2027-05-02T09:00:00Z') }, now)).toBe(false);
  });
});
