import type { BoardRole } from '../boards/boards';

export const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** scheduled → held or cancelled. A cancelled meeting keeps its record (and its calendar entry says so). */
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** What someone needs to take part; seen by the meeting's organisers only. */
export const ACCESS_NEEDS = ['interpretation', 'childcare', 'transport', 'dietary', 'step_free_access', 'other'] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

/** Board offices that organise meetings alongside the board's managers. */
export const ORGANIZING_BOARD_ROLES: readonly BoardRole[] = ['chair', 'co_chair', 'secretary'];

/** The longest a series may run, and the most meetings it may hold: a rule must end. */
export const MAX_SERIES_MONTHS = 36;
export const MAX_SERIES_MEETINGS = 60;

export interface RsvpCounts {
  yes: number;
  no: number;
  maybe: number;
  /** Invited members who have not answered. */
  none: number;
}

/** A meeting as lists show it. Times are UTC instants; `timeZone` is where the board meets. */
export interface MeetingSummary {
  id: string;
  boardId: string;
  boardName: string;
  seriesId: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  format: MeetingFormat;
  location: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  status: MeetingStatus;
  cancelReason: string | null;
  /** The signed-in person's answer, when they sit on the board. */
  myResponse: RsvpResponse | null;
}

export interface MeetingRsvpView {
  memberId: string;
  displayName: string;
  response: RsvpResponse | null;
  needs: AccessNeed[];
  needsNote: string | null;
}

/** One meeting in full; the answers list and access needs are for organisers only. */
export interface MeetingDetail extends MeetingSummary {
  /** The series' rule in RFC 5545 form, e.g. "FREQ=MONTHLY;BYDAY=1TU;COUNT=12". */
  recurrence: string | null;
  counts: RsvpCounts;
  canOrganize: boolean;
  /** The signed-in person's own access needs (theirs to see). */
  myNeeds: AccessNeed[];
  myNeedsNote: string | null;
  myMemberId: string | null;
  /** Organisers only: every invited member's answer and needs. */
  rsvps: MeetingRsvpView[];
}

/** A private calendar address: shown once when made; revoking it stops it at once. */
export interface CalendarFeedView {
  id: string;
  scope: 'board' | 'member';
  boardId: string | null;
  boardName: string | null;
  createdAt: string;
  /** Only in the answer that creates the feed. */
  url?: string;
}
