import { DomainError } from '@cabinet/api/core';

const MINUTE = 60_000;

export interface TimedItem {
  durationMinutes: number;
}

export interface Timed<T> {
  item: T;
  /** Minutes from the meeting's start. */
  startOffsetMinutes: number;
  startsAt: Date;
}

export interface RunningOrder<T> {
  slots: Timed<T>[];
  totalMinutes: number;
  endsAt: Date;
  /** Minutes past the meeting's end; 0 when the agenda fits. */
  overrunMinutes: number;
}

/** Each item starts when the ones before it are done, from the meeting's start. */
export function runningOrder<T extends TimedItem>(items: readonly T[], meeting: { startsAt: Date; endsAt: Date }): RunningOrder<T> {
  let offset = 0;
  const slots = items.map((item) => {
    const slot = { item, startOffsetMinutes: offset, startsAt: new Date(meeting.startsAt.getTime() + offset * MINUTE) };
    offset += item.durationMinutes;
    return slot;
  });
  const endsAt = new Date(meeting.startsAt.getTime() + offset * MINUTE);
  const overrunMinutes = Math.max(0, Math.ceil((endsAt.getTime() - meeting.endsAt.getTime()) / MINUTE));
  return { slots, totalMinutes: offset, endsAt, overrunMinutes };
}

/**
 * A new running order must name every accepted item exactly once and nothing else, so that a
 * stale screen (an item accepted meanwhile) cannot silently drop or duplicate one.
 */
export function checkOrder(acceptedIds: readonly string[], order: readonly string[]): void {
  const accepted = new Set(acceptedIds);
  const seen = new Set<string>();
  for (const id of order) {
    if (!accepted.has(id)) throw DomainError.invalid('order', 'names an item that is not on the agenda: reload and try again');
    if (seen.has(id)) throw DomainError.invalid('order', 'names an item twice');
    seen.add(id);
  }
  if (seen.size !== accepted.size) throw DomainError.invalid('order', 'leaves out items on the agenda: reload and try again');
}
