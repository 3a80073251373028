/** The time zone this device is set to, e.g. "Europe/Lisbon" ("UTC" when the browser cannot say). */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every time zone the browser knows, with `extra` (the current choice) included when it is missing. */
export function timeZoneChoices(extra: string): string[] | null {
  const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
  if (typeof supported !== 'function') return null;
  const zones = supported('timeZone');
  return zones.includes(extra) ? zones : [extra, ...zones].sort();
}

/** A zone as people say it: "Europe/Lisbon" is "Lisbon", "America/Argentina/Buenos_Aires" is "Buenos Aires". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** Wall-clock parts of an instant in a zone. */
function wallClock(instant: Date, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
}

/** An instant as the `datetime-local` value of its wall-clock time in `zone`: "2027-03-02T18:30". */
export function localInputValue(iso: string, zone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const { date, time } = wallClock(instant, zone);
  return `${date}T${time}`;
}

/** When a meeting is, ready to put into words: in the board's zone, and in the viewer's when their clock differs. */
export interface MeetingWhen {
  /** The day in the board's zone, e.g. "Tuesday, 2 March 2027". */
  date: string;
  start: string;
  end: string;
  /** The board's zone as a place name: "Lisbon". */
  zone: string;
  /** The start on the viewer's clock ("17:30", or with the day when that differs too); null when it reads the same. */
  viewer: string | null;
}

export function meetingWhen(
  meeting: { startsAt: string; endsAt: string; timeZone: string },
  locale: string,
  viewerZone: string,
  dateStyle: 'long' | 'short' = 'long',
): MeetingWhen {
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  const dateOptions: Intl.DateTimeFormatOptions =
    dateStyle === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'short' };
  const time = (instant: Date, zone: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(instant);
  const day = (instant: Date, zone: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(instant);

  const board = wallClock(start, meeting.timeZone);
  const viewer = wallClock(start, viewerZone);
  let viewerText: string | null = null;
  if (board.date !== viewer.date) viewerText = `${day(start, viewerZone, { weekday: 'short', day: 'numeric', month: 'short' })}, ${time(start, viewerZone)}`;
  else if (board.time !== viewer.time) viewerText = time(start, viewerZone);

  return {
    date: day(start, meeting.timeZone, dateOptions),
    start: time(start, meeting.timeZone),
    end: time(end, meeting.timeZone),
    zone: zoneCity(meeting.timeZone),
    viewer: viewerText,
  };
}

/** The calendar day ("2027-03-02") an instant falls on in `zone`. */
export function dayInZone(iso: string, zone: string): string {
  return wallClock(new Date(iso), zone).date;
}
