import { Injectable } from '@nestjs/common';
import { createPatch, diffLines, formatPatch } from 'diff';
import { In } from 'typeorm';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MinutesDiff, MinutesDiffLine, MinutesDiffQuery, MinutesVersionView } from '@cabinet/shared/contracts';
import { MinutesVersion } from '../entities/minutes-version.entity';
import { findMinutesToOrganize } from '../minutes/minutes-records';

/**
 * How many changed lines a diff may look for. Finding the fewest changes costs time in proportion
 * to their number times the texts' length: two long texts that share nothing (crafted, or pasted
 * over) would hold the server for minutes. Beyond this, the versions are shown replaced whole.
 */
export const MAX_DIFF_EDITS = 1000;

const linesOf = (text: string): string[] => (text ? text.replace(/\n$/, '').split('\n') : []);

/** Line by line, what changed from one text to the other. */
export function lineDiff(before: string, after: string): MinutesDiffLine[] {
  const changes = diffLines(before, after, { maxEditLength: MAX_DIFF_EDITS });
  if (!changes) return [...linesOf(before).map((text) => ({ kind: 'removed' as const, text })), ...linesOf(after).map((text) => ({ kind: 'added' as const, text }))];
  return changes.flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    return part.value.replace(/\n$/, '').split('\n').map((text) => ({ kind, text }) as MinutesDiffLine);
  });
}

/** The same change as a unified patch (to download or apply), with the same limit. */
export function minutesPatch(before: string, after: string, fromLabel: string, toLabel: string): string {
  const patch = createPatch('minutes.md', before, after, fromLabel, toLabel, { maxEditLength: MAX_DIFF_EDITS });
  if (patch !== undefined) return patch;
  const [removed, added] = [linesOf(before), linesOf(after)];
  return formatPatch({
    oldFileName: 'minutes.md',
    newFileName: 'minutes.md',
    oldHeader: fromLabel,
    newHeader: toLabel,
    hunks: [{ oldStart: 1, oldLines: removed.length, newStart: 1, newLines: added.length, lines: [...removed.map((line) => `-${line}`), ...added.map((line) => `+${line}`)] }],
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
      if (!from) throw DomainError.invalid(query.from === undefined ? 'to' : 'from', `is not a version of these minutes: they have versions 1 to ${minutes.version}`);
      if (!to) throw DomainError.invalid('to', `is not a version of these minutes: they have versions 1 to ${minutes.version}`);
      return {
        from: fromVersion,
        to: toVersion,
        lines: lineDiff(from.body, to.body),
        patch: minutesPatch(from.body, to.body, `version ${from.version}`, `version ${to.version}`),
      };
    });
  }
}
