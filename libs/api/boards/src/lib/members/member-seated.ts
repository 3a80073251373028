import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type MemberStatus, SEATED_STATUSES } from '@cabinet/shared/contracts';
import type { BoardMember } from '../entities/board-member.entity';

/** What another domain does when someone takes a seat, in the transaction that seated them. */
export type MemberSeatedListener = (m: EntityManager, member: BoardMember) => Promise<void>;

/**
 * Someone took a seat on a board (guest, active) that they did not hold before: added straight on,
 * or accepted from an application or a nomination. The domains that care depend on boards, not the
 * other way round (meetings invites the newcomer to the meetings already planned), so they register
 * here. Listeners run in the seating transaction: what they write to the outbox commits with it.
 */
@Injectable()
export class MemberSeatedHooks {
  private readonly listeners: MemberSeatedListener[] = [];

  listen(listener: MemberSeatedListener): void {
    this.listeners.push(listener);
  }

  /** Tells the listeners, when this step is the one that seats the member (from nothing, an application or a nomination). */
  async afterStep(m: EntityManager, member: BoardMember, from: MemberStatus | null): Promise<void> {
    const seated = (status: MemberStatus | null) => status !== null && SEATED_STATUSES.includes(status);
    if (seated(from) || !seated(member.status)) return;
    for (const listener of this.listeners) await listener(m, member);
  }
}
