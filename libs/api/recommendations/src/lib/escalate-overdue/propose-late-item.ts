import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgendaItem } from '@cabinet/api/meetings';
import { isLocale, type Locale } from '@cabinet/shared/contracts';
import type { Milestone } from '../entities/milestone.entity';
import type { Recommendation } from '../entities/recommendation.entity';
import { lateItemWords } from './agenda-words';

/** Ten minutes is enough to ask why, and for organisers to change. */
const LATE_ITEM_MINUTES = 10;

/**
 * Proposes a late answer or milestone for the board's next scheduled meeting, as a member's
 * proposal would be (organisers accept or decline it), without a proposer: Cabinet put it there.
 */
@Injectable()
export class ProposeLateItem {
  /** The board's next meeting still ahead, or null when none is scheduled. */
  async nextMeeting(m: EntityManager, boardId: string, now: Date): Promise<string | null> {
    const [meeting] = (await m.query(
      `SELECT id FROM meeting WHERE board_id = $1 AND status = 'scheduled' AND starts_at > $2 ORDER BY starts_at, id LIMIT 1`,
      [boardId, now],
    )) as Array<{ id: string }>;
    return meeting?.id ?? null;
  }

  /** Adds the proposal to the meeting's agenda; returns the item's id. */
  async propose(m: EntityManager, meetingId: string, recommendation: Recommendation, milestone: Milestone | null, dueOn: string): Promise<string> {
    const words = lateItemWords(
      { about: milestone ? 'milestone' : 'response', recommendationTitle: recommendation.title, milestoneTitle: milestone?.title ?? null, dueOn },
      await this.boardLocale(m, recommendation),
    );
    const inserted = await m.insert(AgendaItem, {
      organizationId: recommendation.organizationId,
      boardId: recommendation.boardId,
      meetingId,
      kind: 'discussion',
      title: words.title,
      details: words.details,
      presenter: null,
      durationMinutes: LATE_ITEM_MINUTES,
      position: 0,
      status: 'proposed',
      proposedByMemberId: null,
    });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  /** Boards keep no language of their own: the item is written in the language of whoever drafted the recommendation, else English. */
  private async boardLocale(m: EntityManager, recommendation: Recommendation): Promise<Locale> {
    if (!recommendation.draftedBy) return 'en';
    const [drafter] = (await m.query(`SELECT locale FROM app_user WHERE id = $1`, [recommendation.draftedBy])) as Array<{ locale: string }>;
    return drafter && isLocale(drafter.locale) ? drafter.locale : 'en';
  }
}
