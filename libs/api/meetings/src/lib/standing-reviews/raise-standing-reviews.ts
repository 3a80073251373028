import { type EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { type Board, boardManagers, derivedEmailId } from '@cabinet/api/boards';
import { applyDbContext, type DbContext } from '@cabinet/api/database';
import { webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import { StandingReviewRaised } from '../entities/standing-review.entity';
import { membersDueReview } from './members-due-review';
import { standingSince } from './standing-window';

/**
 * Raises a standing review for each member whose unexcused absences now trip the board's rule,
 * after a held meeting's attendance is recorded, and tells the managers of the host and partner
 * organisations by email. A member already raised within the rule's window is not raised again,
 * and the same meeting never raises a member twice: the row and the emails are written in the
 * caller's transaction, with ids derived from the review. Returns the context to `restore`.
 */
export async function raiseStandingReviews(m: EntityManager, board: Board, meetingId: string, appUrl: string, restore: DbContext, now: Date): Promise<number> {
  const due = await membersDueReview(m, board, now);
  if (!due.length || board.standingMonths === null) return 0;
  const recent = await m.find(StandingReviewRaised, {
    where: { boardId: board.id, memberId: In(due.map((member) => member.memberId)), raisedAt: MoreThanOrEqual(standingSince(now, board.standingMonths)) },
  });
  const fresh = due.filter((member) => !recent.some((review) => review.memberId === member.memberId));
  if (!fresh.length) return 0;
  const inserted = await m
    .createQueryBuilder()
    .insert()
    .into(StandingReviewRaised)
    .values(fresh.map((member) => ({ organizationId: board.organizationId, boardId: board.id, memberId: member.memberId, meetingId, absences: member.absences, raisedAt: now })))
    .orIgnore()
    .returning(['id', 'memberId'])
    .execute();
  const raised = (inserted.raw as Array<{ id: string; member_id: string }>).map((row) => ({ id: row.id, member: fresh.find((member) => member.memberId === row.member_id)! }));
  if (!raised.length) return 0;

  const managers = await boardManagers(m, board.organizationId, board.id);
  const url = webLink(appUrl, `/boards/${board.id}/meetings`);
  for (const { id, member } of raised) {
    for (const manager of managers) {
      await queueEmail(m, {
        id: derivedEmailId('standing-review', id, manager.key),
        to: manager.email,
        template: 'standing-review',
        locale: manager.locale,
        organizationId: manager.organizationId,
        data: { boardName: board.name, memberName: member.displayName, absences: member.absences, months: member.months, url },
      });
    }
  }
  await applyDbContext(m, restore);
  return raised.length;
}
