import { z } from 'zod';

/** How a member took part: present and remote count towards quorum; excused and absent do not. */
export const ATTENDANCE_STATUSES = ['present', 'remote', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The statuses that count as being in the meeting (for quorum and for voting). */
export const ATTENDING_STATUSES: readonly AttendanceStatus[] = ['present', 'remote'];

/**
 * Whether the meeting can take decisions right now: voting members in the room or online
 * against the board's rule. Guests and members without a vote never count.
 */
export interface QuorumView {
  kind: 'majority' | 'fixed';
  /** Members who could vote today (active, in a voting seat, onboarded when required). */
  votingMembers: number;
  /** How many of them must be present or remote. */
  needed: number;
  /** How many of them are recorded present or remote. */
  present: number;
  quorate: boolean;
  /** How many more voting members must arrive; 0 when quorate. */
  missing: number;
}

export interface AttendanceLine {
  memberId: string;
  displayName: string;
  /** Null until someone records it. */
  status: AttendanceStatus | null;
  canVote: boolean;
}

export interface MeetingGuestView {
  id: string;
  name: string;
  affiliation: string | null;
}

/** Attendance of one meeting. The full list and the guests are for organisers only. */
export interface MeetingAttendanceView {
  meetingId: string;
  quorum: QuorumView;
  canRecord: boolean;
  /** The signed-in person's own line, when they sit on the board. */
  mine: AttendanceLine | null;
  /** Whether the signed-in person may mark themselves present or remote now (the meeting is running). */
  canMarkSelf: boolean;
  /** Whether an organiser may mark the meeting as held now. */
  canMarkHeld: boolean;
  members: AttendanceLine[];
  guests: MeetingGuestView[];
}

/** A member whose unexcused absences passed the board's standing rule. */
export interface StandingReview {
  memberId: string;
  displayName: string;
  /** Meetings held in the window where they were recorded absent (not excused). */
  absences: number;
  /** The rule: more than `allowed` unexcused absences in `months` months. */
  allowed: number;
  months: number;
  /** The first day of the window, YYYY-MM-DD. */
  since: string;
}

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const recordAttendanceSchema = z.strictObject({
  status: z.enum(ATTENDANCE_STATUSES, { error: 'must be present, remote, excused or absent' }),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceSchema>;

export const addGuestSchema = z.strictObject({
  name: text(120).min(1, 'is required'),
  affiliation: text(160).nullable().default(null).transform((value) => value || null),
});
export type AddGuestInput = z.infer<typeof addGuestSchema>;

export const declareItemConflictSchema = z.strictObject({
  note: text(500).nullable().default(null).transform((value) => value || null),
});
export type DeclareItemConflictInput = z.infer<typeof declareItemConflictSchema>;
