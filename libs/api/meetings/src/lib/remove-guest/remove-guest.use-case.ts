import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MeetingAttendanceView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { assertAttendanceEditable } from '../attendance/attendance-editable';
import { loadAttendanceView } from '../attendance/attendance-view';
import { MeetingGuest } from '../entities/meeting-guest.entity';

/** An organiser takes back a guest recorded by mistake. */
@Injectable()
export class RemoveGuestUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, guestId: string, now = new Date()): Promise<MeetingAttendanceView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId);
      await assertAttendanceEditable(m, meeting, now);
      const guest = await m.findOneBy(MeetingGuest, { id: guestId, meetingId });
      if (!guest) throw DomainError.notFound('This guest');
      await m.remove(guest);
      return loadAttendanceView(m, access, meeting, now);
    });
  }
}
