import { Injectable } from '@nestjs/common';
import { MoreThanOrEqual } from 'typeorm';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { BoardMeetingsQuery, MeetingSummary } from '@cabinet/shared/contracts';
import { Meeting } from '../entities/meeting.entity';
import { myResponses, toSummary } from '../views/meeting-views';

const PAST_DAYS = 90;

/**
 * A board's meetings from the last 90 days on (or all of them, for the record of earlier years),
 * oldest first, with the viewer's own answers.
 */
@Injectable()
export class ListBoardMeetingsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, query: BoardMeetingsQuery = { past: 'recent' }): Promise<MeetingSummary[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const since = new Date(Date.now() - PAST_DAYS * 86_400_000);
      const meetings = await m.find(Meeting, { where: { boardId, ...(query.past === 'all' ? {} : { endsAt: MoreThanOrEqual(since) }) }, order: { startsAt: 'ASC' } });
      const mine = await myResponses(m, access.me ? [access.me.id] : [], meetings.map((meeting) => meeting.id));
      return meetings.map((meeting) => toSummary(meeting, access.board.name, mine.get(meeting.id)?.response ?? null));
    });
  }
}
