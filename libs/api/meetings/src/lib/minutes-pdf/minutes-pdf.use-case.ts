import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { Locale } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { minutesFileName, minutesPdf } from '../minutes/minutes-pdf';
import { findMinutes, viewerLocale } from '../minutes/minutes-records';

/** The full minutes as a PDF, for whoever may read them in the app (private sections included). */
@Injectable()
export class MinutesPdfUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, locale: Locale | null): Promise<{ filename: string; pdf: Buffer }> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutes(m, access, meetingId);
      const meeting = await findMeeting(m, boardId, meetingId);
      const content = { meetingTitle: meeting.title, meetingStartsAt: meeting.startsAt, timeZone: meeting.timeZone, status: minutes.status, summary: minutes.summary, body: minutes.body, redacted: false };
      return { filename: minutesFileName(meeting.startsAt, meeting.timeZone), pdf: await minutesPdf(content, locale ?? (await viewerLocale(m, auth.userId))) };
    });
  }
}
