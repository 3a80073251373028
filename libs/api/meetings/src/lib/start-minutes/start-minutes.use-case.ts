import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MinutesView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { Minutes } from '../entities/minutes.entity';
import { keepVersion, viewerLocale } from '../minutes/minutes-records';
import { loadMinutesView } from '../minutes/minutes-view';
import { loadPrefillData, prefillMinutes } from '../minutes/prefill';
import { meetingSettings } from '../settings/meeting-settings';

/**
 * Starts the minutes of a meeting that has begun (or is marked held), as a draft written from the
 * meeting: time, place, who came, the accepted agenda and the motions' results.
 */
@Injectable()
export class StartMinutesUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      if (meeting.status === 'cancelled') throw DomainError.invalid('status', 'is cancelled: a meeting that did not take place has no minutes');
      if (meeting.status !== 'held' && meeting.startsAt > now) throw DomainError.invalid('startsAt', 'is still ahead: minutes are started once the meeting has begun');
      if (await m.exists(Minutes, { where: { meetingId } })) throw new DomainError('These minutes already exist.', [{ field: 'meetingId', message: 'already has minutes: open them to carry on' }], 409);
      const body = prefillMinutes(await loadPrefillData(m, meeting), await viewerLocale(m, auth.userId));
      const minutes = await m.save(Minutes, m.create(Minutes, { organizationId: meeting.organizationId, boardId, meetingId, status: 'draft', body, summary: null, privateSections: [], version: 1 }));
      await keepVersion(m, minutes, auth.userId, now);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      return loadMinutesView(m, access, minutes, meeting, await meetingSettings(m, boardId), now);
    });
  }
}
