import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MotionView, OpenMotionInput } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { isAttending, loadMeetingRoom } from '../attendance/meeting-room';
import { AgendaItem } from '../entities/agenda-item.entity';
import { Motion } from '../entities/motion.entity';
import { motionView } from '../motions/motion-view';
import { assertMeetingRunning } from '../rules/meeting-windows';

/**
 * An organiser puts a motion on a decision item of the agenda, moved and seconded by two
 * different people on the board who are in the meeting, to be voted by count, roll call or secret ballot.
 */
@Injectable()
export class OpenMotionUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: OpenMotionInput, now = new Date()): Promise<MotionView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertMeetingRunning(meeting, now);
      const item = await m.findOneBy(AgendaItem, { id: input.agendaItemId, meetingId });
      if (!item || item.kind !== 'decision' || item.status !== 'accepted') throw DomainError.invalid('agendaItemId', 'must be a decision item on this meeting\'s agenda');
      const room = await loadMeetingRoom(m, access.board, meeting);
      for (const field of ['moverMemberId', 'seconderMemberId'] as const) {
        const person = room.members.find((f) => f.member.id === input[field]);
        if (!person) throw DomainError.invalid(field, 'must be someone on this board');
        if (!isAttending(room.attendance.get(person.member.id))) throw DomainError.invalid(field, 'must be recorded as present or remote');
      }
      const motion = await m.save(
        m.create(Motion, {
          organizationId: meeting.organizationId,
          boardId,
          meetingId,
          agendaItemId: item.id,
          text: input.text,
          moverMemberId: input.moverMemberId,
          seconderMemberId: input.seconderMemberId,
          method: input.method,
          openedAt: now,
        }),
      );
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'motion.opened',
        entityType: 'motion',
        entityId: motion.id,
        details: { boardId, meetingId, agendaItemId: item.id, method: motion.method },
      });
      return motionView(m, access, meeting, motion.id);
    });
  }
}
