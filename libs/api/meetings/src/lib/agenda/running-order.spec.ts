import { DomainError } from '@cabinet/api/core';
import { checkOrder, runningOrder } from './running-order';

const meeting = { startsAt: new Date('2027-03-02T18:30:00Z'), endsAt: new Date('2027-03-02T20:00:00Z') };

describe('runningOrder', () => {
  it('starts each item when the ones before it are done, from the meeting start', () => {
    const order = runningOrder([{ durationMinutes: 10 }, { durationMinutes: 25 }, { durationMinutes: 5 }], meeting);
    expect(order.slots.map((slot) => [slot.startOffsetMinutes, slot.startsAt.toISOString()])).toEqual([
      [0, '2027-03-02T18:30:00.000Z'],
      [10, '2027-03-02T18:40:00.000Z'],
      [35, '2027-03-02T19:05:00.000Z'],
    ]);
    expect(order.totalMinutes).toBe(40);
    expect(order.endsAt.toISOString()).toBe('2027-03-02T19:10:00.000Z');
  });

  it('reports no overrun when the agenda ends exactly with the meeting', () => {
    expect(runningOrder([{ durationMinutes: 60 }, { durationMinutes: 30 }], meeting).overrunMinutes).toBe(0);
  });

  it('reports the minutes an agenda runs past the end of the meeting', () => {
    expect(runningOrder([{ durationMinutes: 60 }, { durationMinutes: 45 }], meeting).overrunMinutes).toBe(15);
  });

  it('gives an empty agenda no time at all', () => {
    const order = runningOrder([], meeting);
    expect(order).toMatchObject({ slots: [], totalMinutes: 0, overrunMinutes: 0 });
    expect(order.endsAt).toEqual(meeting.startsAt);
  });
});

describe('checkOrder', () => {
  const fieldOf = (run: () => void) => {
    try {
      run();
    } catch (error) {
      return (error as DomainError).fieldErrors?.[0]?.field;
    }
    return undefined;
  };

  it('accepts every accepted item once, in any order', () => {
    expect(() => checkOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).not.toThrow();
  });

  it('refuses an order that leaves out an item on the agenda', () => {
    expect(fieldOf(() => checkOrder(['a', 'b', 'c'], ['a', 'b']))).toBe('order');
  });

  it('refuses an order that names an item twice', () => {
    expect(fieldOf(() => checkOrder(['a', 'b'], ['a', 'a', 'b']))).toBe('order');
  });

  it('refuses an order that names a proposal or another meeting’s item', () => {
    expect(fieldOf(() => checkOrder(['a', 'b'], ['a', 'b', 'x']))).toBe('order');
  });
});
