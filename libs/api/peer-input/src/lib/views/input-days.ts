import { DEFAULT_ACK_DAYS, type PeerInputStatus } from '@cabinet/shared/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The UTC midnight of the day something arrived. Input keeps only its day: an exact time could be
 * matched against who was signed in, or in the building, at that minute. The deadline counts days.
 */
export function receivedDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** YYYY-MM-DD of a UTC instant. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The acknowledgement deadline (the last day to acknowledge), and whether new input is past it. */
export function acknowledgement(receivedOn: Date, status: PeerInputStatus, ackDays = DEFAULT_ACK_DAYS, now = new Date()): { acknowledgeBy: string; overdue: boolean } {
  const deadline = new Date(receivedOn.getTime() + ackDays * DAY_MS);
  return { acknowledgeBy: dayOf(deadline), overdue: status === 'new' && dayOf(now) > dayOf(deadline) };
}
