import { Client } from 'pg';
import type { TestOrganization } from '@cabinet/api/testing';
import type { MeetingAttendanceView, MeetingSummary } from '@cabinet/shared/contracts';
import { put } from '../boards/board-helpers';

/** A date this many days ahead, at a wall-clock time, as the schedule form sends it. */
export function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}

/** An online meeting a few days ahead (meetings cannot be scheduled in the past). */
export async function scheduleMeeting(manager: TestOrganization, boardId: string, title = 'Board meeting', daysAhead = 5): Promise<MeetingSummary> {
  const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${boardId}/meetings`, {
    title,
    startsAt: localAhead(daysAhead, '18:00'),
    timeZone: 'Europe/Lisbon',
    durationMinutes: 120,
    format: 'online',
    onlineUrl: 'https://meet.example.org/board',
  });
  if (created.status !== 201) throw new Error(`Scheduling failed: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body[0]!;
}

/**
 * Moves a meeting's times as the schema owner (which row-level security also binds: in the host's
 * context), so a test can stand in the meeting room or look back at a past meeting.
 */
export async function shiftMeeting(ownerUrl: string, organizationId: string, meetingId: string, startsMinutesFromNow: number, durationMinutes = 120, status?: 'held'): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    await owner.query(
      `UPDATE meeting SET starts_at = now() + make_interval(mins => $2::int), ends_at = now() + make_interval(mins => $2::int + $3::int), status = COALESCE($4::varchar, status) WHERE id = $1`,
      [meetingId, startsMinutesFromNow, durationMinutes, status ?? null],
    );
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
}

/** Organiser records each member's attendance; the last answer is returned. */
export async function recordAttendance(manager: TestOrganization, boardId: string, meetingId: string, statuses: Record<string, string>): Promise<MeetingAttendanceView> {
  let last: MeetingAttendanceView | undefined;
  for (const [memberId, status] of Object.entries(statuses)) {
    const response = await put<MeetingAttendanceView>(manager.client, `/api/boards/${boardId}/meetings/${meetingId}/attendance/${memberId}`, { status });
    if (response.status !== 200) throw new Error(`Recording attendance failed: ${response.status} ${JSON.stringify(response.body)}`);
    last = response.body;
  }
  return last!;
}
