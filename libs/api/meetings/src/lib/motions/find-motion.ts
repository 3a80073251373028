import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import type { QuorumView } from '@cabinet/shared/contracts';
import { Motion } from '../entities/motion.entity';

/** A motion of this meeting, locked when votes are about to change its counters. */
export async function findMotion(m: EntityManager, meetingId: string, motionId: string, lock = false): Promise<Motion> {
  const motion = await m.findOne(Motion, { where: { id: motionId, meetingId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!motion) throw DomainError.notFound('This motion');
  return motion;
}

export function assertOpen(motion: Motion): void {
  if (motion.status !== 'open') throw DomainError.invalid('status', `is ${motion.status}: this motion is closed`);
}

/** Decisions need a quorum at the moment they are taken. */
export function assertQuorate(quorum: QuorumView): void {
  if (!quorum.quorate) throw DomainError.invalid('quorum', `is not reached: ${quorum.present} of the ${quorum.needed} voting members needed are present or remote`);
}
