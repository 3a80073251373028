import { Injectable } from '@nestjs/common';
import { createPatch, diffLines } from 'diff';
import { In } from 'typeorm';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MinutesDiff, MinutesDiffLine, MinutesDiffQuery, MinutesVersionView } from '@cabinet/shared/contracts';
import { MinutesVersion } from '../entities/minutes-version.entity';
import { findMinutesToOrganize } from '../minutes/minutes-records';

/** Line by line, what changed from one text to the other. */
export function lineDiff(before: string, after: string): MinutesDiffLine[] {
  return diffLines(before, after).flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    return part.value.replace(/\n$/, '').split('\n').map((text) => ({ kind, text }) as MinutesDiffLine);
  });
}

/**
 * The kept versions of a meeting's minutes, and what changed between two of them. For organisers:
 * earlier versions include the draft, which members never see.
 */
@Injectable()
export class MinutesVersionsUseCase {
  constructor(private readonly db: Db) {}

  list(auth: InOrganization, boardId: string, meetingId: string): Promise<MinutesVersionView[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const minutes = await findMinutesToOrganize(m, await accessBoard(m, auth, boardId), meetingId);
      const versions = await m.find(MinutesVersion, { where: { minutesId: minutes.id }, order: { version: 'DESC' }, select: { version: true, status: true, savedAt: true } });
      return versions.map((v) => ({ version: v.version, status: v.status, savedAt: v.savedAt.toISOString() }));
    });
  }

  diff(auth: InOrganization, boardId: string, meetingId: string, query: MinutesDiffQuery): Promise<MinutesDiff> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const minutes = await findMinutesToOrganize(m, await accessBoard(m, auth, boardId), meetingId);
      const toVersion = query.to ?? minutes.version;
      const fromVersion = query.from ?? Math.max(1, toVersion - 1);
      const versions = await m.find(MinutesVersion, { where: { minutesId: minutes.id, version: In([fromVersion, toVersion]) } });
      const from = versions.find((v) => v.version === fromVersion);
      const to = versions.find((v) => v.version === toVersion);
      if (!from || !to) throw DomainError.notFound('This version');
      return {
        from: fromVersion,
        to: toVersion,
        lines: lineDiff(from.body, to.body),
        patch: createPatch('minutes.md', from.body, to.body, `version ${from.version}`, `version ${to.version}`),
      };
    });
  }
}
