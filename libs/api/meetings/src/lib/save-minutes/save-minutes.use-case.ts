import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MinutesView, SaveMinutesInput } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import type { Minutes } from '../entities/minutes.entity';
import { assertEditable, assertKnownSections, blankToNull, findMinutesToOrganize, saveVersion } from '../minutes/minutes-records';
import { loadMinutesView } from '../minutes/minutes-view';
import { meetingSettings } from '../settings/meeting-settings';

/** Saves the text, summary or private sections of draft or circulated minutes as a new version. */
@Injectable()
export class SaveMinutesUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: SaveMinutesInput, now = new Date()): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutesToOrganize(m, access, meetingId);
      assertEditable(minutes);
      if (input.version !== undefined && input.version !== minutes.version) {
        throw new DomainError('These minutes changed since you opened them.', [{ field: 'version', message: `is ${input.version}, but someone saved version ${minutes.version} since: reload to see it` }], 409);
      }
      const next: Pick<Minutes, 'body' | 'summary' | 'privateSections'> = {
        body: input.body ?? minutes.body,
        summary: input.summary === undefined ? minutes.summary : blankToNull(input.summary),
        privateSections: input.privateSections ? [...new Set(input.privateSections)] : minutes.privateSections,
      };
      assertKnownSections(next.body, next.privateSections);
      const changed = next.body !== minutes.body || next.summary !== minutes.summary || next.privateSections.join('\n') !== minutes.privateSections.join('\n');
      const saved = changed ? await saveVersion(m, Object.assign(minutes, next), auth.userId, now) : minutes;
      return loadMinutesView(m, access, saved, await findMeeting(m, boardId, meetingId), await meetingSettings(m, boardId), now);
    });
  }
}
