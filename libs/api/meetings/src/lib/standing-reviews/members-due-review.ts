import { type EntityManager, In } from 'typeorm';
import { type Board, BoardMember } from '@cabinet/api/boards';
import { SEATED_STATUSES, type StandingReview } from '@cabinet/shared/contracts';
import { MeetingAttendance } from '../entities/meeting-attendance.entity';
import { Meeting } from '../entities/meeting.entity';
import { standingSince, tripsStandingRule } from './standing-window';

/**
 * Members due a standing review under the board's attendance rule: more than N unexcused
 * absences (recorded "absent", not "excused") at meetings held in the last M months, most
 * absences first. A board without the rule has nobody to review.
 */
export async function membersDueReview(m: EntityManager, board: Board, now: Date): Promise<StandingReview[]> {
  const { standingAbsences: allowed, standingMonths: months } = board;
  if (allowed === null || months === null) return [];
  const since = standingSince(now, months);
  const counts: Array<{ memberId: string; absences: string }> = await m
    .createQueryBuilder(MeetingAttendance, 'a')
    .innerJoin(Meeting, 'meeting', 'meeting.id = a.meetingId')
    .select('a.memberId', 'memberId')
    .addSelect('COUNT(*)', 'absences')
    .where('a.boardId = :boardId', { boardId: board.id })
    .andWhere(`a.status = 'absent'`)
    .andWhere(`meeting.status = 'held'`)
    .andWhere('meeting.startsAt >= :since', { since })
    .groupBy('a.memberId')
    .getRawMany();
  const tripped = counts.filter((c) => tripsStandingRule(Number(c.absences), allowed));
  if (!tripped.length) return [];
  const members = await m.find(BoardMember, { where: { boardId: board.id, id: In(tripped.map((c) => c.memberId)), status: In([...SEATED_STATUSES]) } });
  const names = new Map(members.map((x) => [x.id, x.displayName]));
  return tripped
    .filter((c) => names.has(c.memberId))
    .map((c) => ({ memberId: c.memberId, displayName: names.get(c.memberId)!, absences: Number(c.absences), allowed, months, since: since.toISOString().slice(0, 10) }))
    .sort((a, b) => b.absences - a.absences || a.displayName.localeCompare(b.displayName));
}
