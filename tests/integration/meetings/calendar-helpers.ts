import ICAL from 'ical.js';

/** The events of a calendar file, read by a calendar library with the file's own time zones. */
export function parseCalendar(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/**
 * Four first Tuesdays at 18:30 in New York, on either side of the change to summer time (14 March
 * 2038), as the schedule form sends them. 2038 has 2027's calendar (a common year from a Friday): far
 * enough ahead that the dates stay in the future, with the weekdays and daylight-saving change the
 * assertions name.
 */
export const monthlySeries = (overrides: Record<string, unknown> = {}) => ({
  title: 'Board meeting',
  startsAt: '2038-01-05T18:30',
  timeZone: 'America/New_York',
  durationMinutes: 120,
  format: 'hybrid',
  location: 'Harbour Centre, Room 2',
  onlineUrl: 'https://meet.example.org/harbour',
  recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=4',
  ...overrides,
});
