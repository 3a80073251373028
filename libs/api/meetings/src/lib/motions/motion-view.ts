import type { EntityManager } from 'typeorm';
import type { BoardAccess } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import type { MotionView } from '@cabinet/shared/contracts';
import type { Meeting } from '../entities/meeting.entity';
import { loadMotionsView } from './motion-views';

/** One motion as the viewer may see it. */
export async function motionView(m: EntityManager, access: BoardAccess, meeting: Meeting, motionId: string): Promise<MotionView> {
  const view = (await loadMotionsView(m, access, meeting)).motions.find((x) => x.id === motionId);
  if (!view) throw DomainError.notFound('This motion');
  return view;
}
