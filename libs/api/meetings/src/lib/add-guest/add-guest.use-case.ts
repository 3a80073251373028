import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AddGuestInput, MeetingAttendanceView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { assertAttendanceEditable } from '../attendance/attendance-editable';
import { loadAttendanceView } from '../attendance/attendance-view';
import { MeetingGuest } from '../entities/meeting-guest.entity';

/** An organiser records a guest (a speaker, a visitor): named in the minutes, never counted for quorum. */
@Injectable()
export class AddGuestUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: AddGuestInput, now = new Date()): Promise<MeetingAttendanceView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId);
      await assertAttendanceEditable(m, meeting, now);
      await m.save(m.create(MeetingGuest, { organizationId: meeting.organizationId, boardId, meetingId, name: input.name, affiliation: input.affiliation }));
      return loadAttendanceView(m, access, meeting, now);
    });
  }
}
