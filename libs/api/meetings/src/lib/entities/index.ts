import { MeetingSeries } from './meeting-series.entity';
import { Meeting } from './meeting.entity';
import { MeetingRsvp } from './meeting-rsvp.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { MeetingReminder } from './meeting-reminder.entity';
import { BoardMeetingSettings } from './board-meeting-settings.entity';
import { MeetingRsvpLink } from './meeting-rsvp-link.entity';
import { AgendaItem } from './agenda-item.entity';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MeetingGuest } from './meeting-guest.entity';
import { AgendaItemConflict } from './agenda-item-conflict.entity';
import { Motion } from './motion.entity';
import { MotionVote } from './motion-vote.entity';
import { MotionBallot } from './motion-ballot.entity';
import { Minutes } from './minutes.entity';
import { MinutesVersion } from './minutes-version.entity';
import { MinutesComment } from './minutes-comment.entity';
import { StandingReviewRaised } from './standing-review.entity';

export * from './meeting-series.entity';
export * from './meeting.entity';
export * from './meeting-rsvp.entity';
export * from './calendar-feed.entity';
export * from './meeting-reminder.entity';
export * from './board-meeting-settings.entity';
export * from './meeting-rsvp-link.entity';
export * from './agenda-item.entity';
export * from './meeting-attendance.entity';
export * from './meeting-guest.entity';
export * from './agenda-item-conflict.entity';
export * from './motion.entity';
export * from './motion-vote.entity';
export * from './motion-ballot.entity';
export * from './minutes.entity';
export * from './minutes-version.entity';
export * from './minutes-comment.entity';
export * from './standing-review.entity';

/** Every entity of the meetings domain, for TypeOrmModule.forFeature. */
export const MEETING_ENTITIES = [
  MeetingSeries,
  Meeting,
  MeetingRsvp,
  CalendarFeed,
  MeetingReminder,
  BoardMeetingSettings,
  MeetingRsvpLink,
  AgendaItem,
  MeetingAttendance,
  MeetingGuest,
  AgendaItemConflict,
  Motion,
  MotionVote,
  MotionBallot,
  Minutes,
  MinutesVersion,
  MinutesComment,
  StandingReviewRaised,
];
