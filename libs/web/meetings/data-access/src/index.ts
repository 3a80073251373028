export { CalendarFeedsApi, MeetingsApi } from './lib/meetings.api';
// Test data builders for the meetings libraries' specs (no test-runner dependency).
export { testCalendarFeed, testMeetingDetail, testMeetingSummary } from './lib/testing/meeting-fixtures';
