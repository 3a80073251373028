import { acknowledgement, receivedDay } from './input-days';

describe('input days', () => {
  it('keep only the UTC day input arrived on', () => {
    expect(receivedDay(new Date('2027-03-02T23:59:30.123Z')).toISOString()).toBe('2027-03-02T00:00:00.000Z');
  });

  it('set the acknowledgement deadline the board\'s days after arrival', () => {
    expect(acknowledgement(new Date('2027-03-02T00:00:00Z'), 'new', 14, new Date('2027-03-16T20:00:00Z'))).toEqual({ acknowledgeBy: '2027-03-16', overdue: false });
  });

  it('call new input overdue the day after its deadline, and acknowledged input never', () => {
    const received = new Date('2027-03-02T00:00:00Z');
    expect(acknowledgement(received, 'new', 14, new Date('2027-03-17T00:00:01Z')).overdue).toBe(true);
    expect(acknowledgement(received, 'acknowledged', 14, new Date('2027-04-30T00:00:00Z')).overdue).toBe(false);
  });
});
