import type { MemberStatus } from '@cabinet/shared/contracts';
import type { TermFact } from './board-facts';
import { type StatusEvent, spellsOf } from './load-member-facts';

const event = (fromStatus: MemberStatus | null, toStatus: MemberStatus, day: string): StatusEvent => ({ fromStatus, toStatus, at: new Date(`${day}T15:30:00Z`) });
const term = (startsOn: string, endsOn: string, endedOn: string | null = null): TermFact => ({ startsOn, endsOn, endedOn });
const added = (addedOn: string, status: MemberStatus = 'active') => ({ status, addedOn });

describe('spellsOf', () => {
  it('runs each spell from its change’s day to the next change’s day, the last one open', () => {
    const events = [event(null, 'guest', '2026-01-10'), event('guest', 'active', '2026-03-01'), event('active', 'on_leave', '2026-05-01'), event('on_leave', 'active', '2026-06-01'), event('active', 'ended', '2026-09-15')];
    expect(spellsOf(events, [term('2026-03-01', '2028-02-29', '2026-09-15')], added('2026-01-10', 'ended'))).toEqual([
      { status: 'guest', from: '2026-01-10', until: '2026-03-01' },
      { status: 'active', from: '2026-03-01', until: '2026-05-01' },
      { status: 'on_leave', from: '2026-05-01', until: '2026-06-01' },
      { status: 'active', from: '2026-06-01', until: '2026-09-15' },
      { status: 'ended', from: '2026-09-15', until: null },
    ]);
  });

  it('starts an active member entered today on the first day of the term they already serve', () => {
    expect(spellsOf([event(null, 'active', '2026-04-20')], [term('2025-01-01', '2026-12-31')], added('2026-04-20'))).toEqual([{ status: 'active', from: '2025-01-01', until: null }]);
  });

  it('does not move a return from leave to the start of the first term', () => {
    const events = [event(null, 'active', '2026-01-05'), event('active', 'on_leave', '2026-02-01'), event('on_leave', 'active', '2026-03-01')];
    expect(spellsOf(events, [term('2026-01-05', '2027-12-31')], added('2026-01-05'))).toEqual([
      { status: 'active', from: '2026-01-05', until: '2026-02-01' },
      { status: 'on_leave', from: '2026-02-01', until: '2026-03-01' },
      { status: 'active', from: '2026-03-01', until: null },
    ]);
  });

  it('ends a membership the day after the last day recorded, when that was in the past', () => {
    const events = [event(null, 'active', '2026-01-05'), event('active', 'ended', '2026-06-20')];
    expect(spellsOf(events, [term('2026-01-05', '2027-12-31', '2026-05-31')], added('2026-01-05', 'ended'))).toEqual([
      { status: 'active', from: '2026-01-05', until: '2026-06-01' },
      { status: 'ended', from: '2026-06-01', until: null },
    ]);
  });

  it('drops a guest spell that a backdated first term overtakes, and one that lasted no day', () => {
    const overtaken = [event(null, 'guest', '2026-03-01'), event('guest', 'active', '2026-03-10')];
    expect(spellsOf(overtaken, [term('2026-01-01', '2027-12-31')], added('2026-03-01'))).toEqual([{ status: 'active', from: '2026-01-01', until: null }]);
    const sameDay = [event(null, 'guest', '2026-03-01'), event('guest', 'active', '2026-03-01')];
    expect(spellsOf(sameDay, [term('2026-03-01', '2028-02-29')], added('2026-03-01'))).toEqual([{ status: 'active', from: '2026-03-01', until: null }]);
  });

  it('gives no spell for an application until it is accepted, and ends a declined one', () => {
    expect(spellsOf([event(null, 'applied', '2026-02-01'), event('applied', 'guest', '2026-02-10')], [], added('2026-02-01', 'guest'))).toEqual([{ status: 'guest', from: '2026-02-10', until: null }]);
    expect(spellsOf([event(null, 'applied', '2026-02-01')], [], added('2026-02-01', 'applied'))).toEqual([]);
    expect(spellsOf([event(null, 'applied', '2026-02-01'), event('applied', 'ended', '2026-02-03')], [], added('2026-02-01', 'ended'))).toEqual([{ status: 'ended', from: '2026-02-03', until: null }]);
  });

  it('takes a membership without history to have held its status since it was added', () => {
    expect(spellsOf([], [], added('2026-02-01', 'on_leave'))).toEqual([{ status: 'on_leave', from: '2026-02-01', until: null }]);
    expect(spellsOf([], [], added('2026-02-01', 'nominated'))).toEqual([]);
  });
});
