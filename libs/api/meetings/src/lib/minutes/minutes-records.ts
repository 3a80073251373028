import { type EntityManager } from 'typeorm';
import { type BoardAccess } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { AppUser, type InOrganization } from '@cabinet/api/identity';
import { isLocale, type Locale, minutesSections, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { MinutesVersion } from '../entities/minutes-version.entity';
import { Minutes } from '../entities/minutes.entity';

const NOT_FOUND = 'These minutes';

/** Someone seated on the board now (guest, member, member on leave). */
export function isSeated(access: BoardAccess): boolean {
  return !!access.me && SEATED_STATUSES.includes(access.me.status);
}

/** The board's chair, while seated. */
export function isChair(access: BoardAccess): boolean {
  return isSeated(access) && access.me?.boardRole === 'chair';
}

/** Organisers see drafts; seated members see minutes once circulated; anyone else, nothing. */
export function canReadMinutes(access: BoardAccess, minutes: Minutes): boolean {
  return isOrganizer(access) || (isSeated(access) && minutes.status !== 'draft');
}

/** A meeting's minutes as the viewer may see them: the same 404 whether they do not exist or are not for them. */
export async function findMinutes(m: EntityManager, access: BoardAccess, meetingId: string, lock = false): Promise<Minutes> {
  const minutes = await m.findOne(Minutes, { where: { meetingId, boardId: access.board.id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!minutes || !canReadMinutes(access, minutes)) throw DomainError.notFound(NOT_FOUND);
  return minutes;
}

/** Minutes that only organisers may change (others: 404, as if there were none). */
export async function findMinutesToOrganize(m: EntityManager, access: BoardAccess, meetingId: string): Promise<Minutes> {
  if (!isOrganizer(access)) throw DomainError.notFound(NOT_FOUND);
  return findMinutes(m, access, meetingId, true);
}

/** Approved and published minutes are the record: their text no longer changes. */
export function assertEditable(minutes: Minutes): void {
  if (minutes.status === 'approved' || minutes.status === 'published') {
    throw DomainError.invalid('status', `is ${minutes.status}: approved minutes are the record of the meeting and cannot be changed`);
  }
}

/** Private sections must name sections of the text: a stale name would hide nothing. */
export function assertKnownSections(body: string, privateSections: readonly string[]): void {
  const known = new Set(minutesSections(body).map((section) => section.slug));
  const unknown = privateSections.filter((slug) => !known.has(slug));
  if (unknown.length) throw DomainError.invalid('privateSections', `names a section that is not in the minutes: ${unknown.join(', ')}`);
}

export const blankToNull = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);

/** Saves the minutes as a new version, and keeps that version: every save and every state change. */
export async function saveVersion(m: EntityManager, minutes: Minutes, userId: string | null, now = new Date()): Promise<Minutes> {
  minutes.version += 1;
  minutes.updatedAt = now;
  const saved = await m.save(Minutes, minutes);
  await keepVersion(m, saved, userId, now);
  return saved;
}

export async function keepVersion(m: EntityManager, minutes: Minutes, userId: string | null, now = new Date()): Promise<void> {
  await m.insert(MinutesVersion, {
    minutesId: minutes.id,
    version: minutes.version,
    organizationId: minutes.organizationId,
    boardId: minutes.boardId,
    body: minutes.body,
    summary: minutes.summary,
    privateSections: minutes.privateSections,
    status: minutes.status,
    savedBy: userId,
    savedAt: now,
  });
}

/** The signed-in person's language, for text Cabinet writes for them (a pre-filled draft, a PDF's labels). */
export async function viewerLocale(m: EntityManager, userId: string): Promise<Locale> {
  const user = await m.findOne(AppUser, { where: { id: userId } });
  return user && isLocale(user.locale) ? user.locale : 'en';
}

/** Audit entries for the minutes' state changes: which minutes and what happened, never their text. */
export function minutesAudit(auth: InOrganization, minutes: Minutes, action: string, details: Record<string, string | number | boolean | null> = {}) {
  return {
    organizationId: auth.organizationId,
    actorUserId: auth.userId,
    requestId: auth.requestId,
    action,
    entityType: 'minutes',
    entityId: minutes.id,
    details: { boardId: minutes.boardId, meetingId: minutes.meetingId, version: minutes.version, ...details },
  };
}
