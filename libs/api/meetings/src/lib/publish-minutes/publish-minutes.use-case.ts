import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { MinutesView, PublishMinutesInput } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { assertKnownSections, blankToNull, findMinutesToOrganize, minutesAudit, saveVersion } from '../minutes/minutes-records';
import { loadMinutesView } from '../minutes/minutes-view';
import { meetingSettings } from '../settings/meeting-settings';

/**
 * Publishes approved minutes. The public version is made here: the plain-language summary (which
 * may be written now, and is required) and the sections left out; the approved text stays as it is.
 */
@Injectable()
export class PublishMinutesUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: PublishMinutesInput, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutesToOrganize(m, access, meetingId);
      if (minutes.status !== 'approved') throw DomainError.invalid('status', `is ${minutes.status}: only approved minutes are published`);
      const summary = input.summary === undefined ? minutes.summary : blankToNull(input.summary);
      if (!summary) throw DomainError.invalid('summary', 'is required: write a few plain sentences on what the meeting decided, for people who will not read the full minutes');
      const privateSections = input.privateSections ? [...new Set(input.privateSections)] : minutes.privateSections;
      assertKnownSections(minutes.body, privateSections);
      Object.assign(minutes, { status: 'published', publishedAt: now, summary, privateSections });
      const saved = await saveVersion(m, minutes, auth.userId, now);
      await requestComplianceReview(m, access.board.organizationId, boardId);
      await this.audit.record(m, minutesAudit(auth, saved, 'minutes.published', { privateSections: privateSections.length, publicPage: access.board.publicPages }));
      return loadMinutesView(m, access, saved, await findMeeting(m, boardId, meetingId), await meetingSettings(m, boardId), now);
    });
  }
}
