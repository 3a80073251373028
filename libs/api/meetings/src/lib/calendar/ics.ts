import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface IcsEvent {
  /** Stable across changes, so a calendar updates the entry instead of adding one. */
  uid: string;
  /** Raised on every change; a calendar keeps the highest. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  title: string;
  location: string | null;
  url: string | null;
  description: string;
  cancelled: boolean;
  updatedAt: Date;
}

/** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1), never inside a character. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = chunks.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char) > limit) {
      chunks.push(current);
      current = '';
    }
    current += char;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const utcStamp = (date: Date) => DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss'Z'");
const localStamp = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone }).toFormat("yyyyLLdd'T'HHmmss");

function timeProperty(name: string, date: Date, zone: string): string {
  return zone === 'UTC' ? `${name}:${utcStamp(date)}` : `${name};TZID=${zone}:${localStamp(date, zone)}`;
}

/** The VTIMEZONE of a zone, from the IANA database, so every calendar shows the meeting at the board's local time. */
function vtimezone(zone: string): string[] {
  const [block] = tzlib_get_ical_block(zone);
  return block ? block.split(/\r?\n/) : [];
}

/** A complete iCalendar document: one VTIMEZONE per zone used, one VEVENT per meeting. */
export function icsCalendar(options: { name: string; events: IcsEvent[]; method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'; now?: Date }): string {
  const now = options.now ?? new Date();
  const zones = [...new Set(options.events.map((event) => event.timeZone).filter((zone) => zone !== 'UTC'))].sort();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cabinet//Board meetings//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${options.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...zones.flatMap(vtimezone),
  ];
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTAMP:${utcStamp(now)}`,
      `LAST-MODIFIED:${utcStamp(event.updatedAt)}`,
      timeProperty('DTSTART', event.startsAt, event.timeZone),
      timeProperty('DTEND', event.endsAt, event.timeZone),
      `SUMMARY:${escapeText(event.title)}`,
      `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      `DESCRIPTION:${escapeText(event.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
