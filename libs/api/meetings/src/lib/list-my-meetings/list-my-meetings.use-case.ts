import { Injectable } from '@nestjs/common';
import { In, MoreThanOrEqual } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { type MeetingSummary, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { Meeting } from '../entities/meeting.entity';
import { myResponses, toSummary } from '../views/meeting-views';

/** The person's upcoming meetings on every board they sit on that the active organisation runs. */
@Injectable()
export class ListMyMeetingsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization): Promise<MeetingSummary[]> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const seats = await m.find(BoardMember, { where: { userId: auth.userId, status: In([...SEATED_STATUSES]) } });
      // Boards outside the active organisation are hidden here, as everywhere in its context.
      const boards = await m.find(Board, { where: { id: In(seats.map((seat) => seat.boardId)) } });
      if (!boards.length) return [];
      const meetings = await m.find(Meeting, { where: { boardId: In(boards.map((b) => b.id)), endsAt: MoreThanOrEqual(new Date()) }, order: { startsAt: 'ASC' }, take: 100 });
      const mine = await myResponses(m, seats.map((seat) => seat.id), meetings.map((meeting) => meeting.id));
      const names = new Map(boards.map((b) => [b.id, b.name]));
      return meetings.map((meeting) => toSummary(meeting, names.get(meeting.boardId) ?? '', mine.get(meeting.id)?.response ?? null));
    });
  }
}
