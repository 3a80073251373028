import type { EntityManager } from 'typeorm';
import { BoardMeetingSettings } from '../entities/board-meeting-settings.entity';

/** How a board runs its meetings. */
export interface MeetingSettings {
  /** Days before a meeting that reminders go out, largest first, distinct, 0 to 60, at most four. */
  reminderDays: number[];
  /** Days before a meeting that its agenda is published (0 to 30). */
  agendaPublishDays: number;
  /** Days members have to comment on draft minutes (1 to 60). */
  commentDays: number;
  /** Whether the chair approves the minutes (otherwise the board does). */
  chairApprovesMinutes: boolean;
}

/** What a board without its own settings uses; the same values as the table's defaults. */
export const DEFAULT_MEETING_SETTINGS: Readonly<MeetingSettings> = Object.freeze({
  reminderDays: [7, 1],
  agendaPublishDays: 7,
  commentDays: 7,
  chairApprovesMinutes: false,
});

/**
 * The board's meeting settings, or the defaults when it has none. Reads under the caller's
 * transaction and context: the board's host or partners, or the worker's scheduler.
 */
export async function meetingSettings(m: EntityManager, boardId: string): Promise<MeetingSettings> {
  const row = await m.findOne(BoardMeetingSettings, { where: { boardId } });
  if (!row) return { ...DEFAULT_MEETING_SETTINGS, reminderDays: [...DEFAULT_MEETING_SETTINGS.reminderDays] };
  return {
    reminderDays: [...row.reminderDays],
    agendaPublishDays: row.agendaPublishDays,
    commentDays: row.commentDays,
    chairApprovesMinutes: row.chairApprovesMinutes,
  };
}
