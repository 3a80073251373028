import { MeetingSeries } from './meeting-series.entity';
import { Meeting } from './meeting.entity';
import { MeetingRsvp } from './meeting-rsvp.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { MeetingReminder } from './meeting-reminder.entity';

export * from './meeting-series.entity';
export * from './meeting.entity';
export * from './meeting-rsvp.entity';
export * from './calendar-feed.entity';
export * from './meeting-reminder.entity';

/** Every entity of the meetings domain, for TypeOrmModule.forFeature. */
export const MEETING_ENTITIES = [
  MeetingSeries,
  Meeting,
  MeetingRsvp,
  CalendarFeed,
  MeetingReminder,
];
