export { CalendarFeedsApi, MeetingsApi } from './lib/meetings.api';
export { AttendanceApi, MotionsApi } from './lib/attendance.api';
// Test data builders for the meetings libraries' specs (no test-runner dependency).
export { testCalendarFeed, testMeetingDetail, testMeetingSummary } from './lib/testing/meeting-fixtures';
export { AgendaApi } from './lib/agenda.api';
export { testAgenda, testAgendaItem } from './lib/testing/agenda-fixtures';
export { MinutesApi, PublicMinutesApi } from './lib/minutes.api';
export { testMinutes, testPublicMinutes, TEST_MINUTES_BODY } from './lib/testing/minutes-fixtures';
export { MeetingSettingsApi, RsvpLinkApi } from './lib/meeting-settings.api';
