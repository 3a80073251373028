import type { CompositionTag, SeatKind } from '@cabinet/shared/contracts';

/** A calendar day, YYYY-MM-DD (UTC, as the rest of Cabinet counts due days). */
export type Day = string;
/** An instant, ISO 8601. */
export type Instant = string;

/**
 * What a board's history says, as the rule evaluators read it: a plain snapshot, loaded from the
 * database by one query per table for a whole portfolio, and built by hand in scenario fixtures.
 * Everything carries its dates, so a rule evaluated "as of" a past day sees the board as it was:
 * evaluators ignore whatever happened after `asOf`. Ids only, never names: evidence links point
 * at the rows.
 */
export interface BoardFacts {
  boardId: string;
  /** The moment the evaluation stands at; later facts do not count. */
  asOf: Instant;
  members: MemberFact[];
  meetings: MeetingFact[];
  recommendations: RecommendationFact[];
  /** Published reports (the annual report), by the day they were made public. */
  reports: ReportFact[];
}

/** One spell of a member in one status: from a day, until a day (exclusive) or still. */
export interface StatusSpell {
  status: 'guest' | 'active' | 'on_leave' | 'ended';
  from: Day;
  until: Day | null;
}

export interface TermFact {
  startsOn: Day;
  endsOn: Day;
  /** When the term ended early (resigned, removed) or was closed; null while open. */
  endedOn: Day | null;
}

export interface MemberFact {
  id: string;
  seatKind: SeatKind;
  /** Whether the member's seat carries a vote (a guest or someone on leave never votes). */
  seatVoting: boolean;
  /** Attested, consented composition tags, with the day consent began and (if withdrawn) ended. */
  tags: Array<{ tag: CompositionTag; from: Day; until: Day | null }>;
  spells: StatusSpell[];
  terms: TermFact[];
  /** The day the member completed the board's onboarding, or null. */
  onboardedOn: Day | null;
  /** Votes the member cast, by the motion's day: onboarding must come first. */
  votedOn: Day[];
}

export interface AttendanceFact {
  memberId: string;
  status: 'present' | 'remote' | 'excused' | 'absent';
}

export interface MeetingFact {
  id: string;
  startsAt: Instant;
  status: 'scheduled' | 'held' | 'cancelled';
  /** Whether quorum was reached (null when attendance was not recorded). */
  quorumReached: boolean | null;
  attendance: AttendanceFact[];
  minutes: MinutesFact | null;
}

export interface MinutesFact {
  id: string;
  /** When the minutes were first written (a draft counts): minutes written after `asOf` were not kept then. */
  createdAt: Instant;
  approvedAt: Instant | null;
  publishedAt: Instant | null;
  /** When the minutes were recorded as sent to the governing body. */
  sentAt: Instant | null;
}

export interface RecommendationFact {
  id: string;
  sentAt: Instant;
  /** The day the first answer was due, pauses for the agency's questions included. */
  firstDueOn: Day;
  /** The first real answer (accepted, partly accepted, declined); questions do not count. */
  firstAnsweredAt: Instant | null;
  /** The latest real answer's decision. */
  decision: 'accepted' | 'partly_accepted' | 'declined' | null;
  /** When the agency reported it implemented (the latest report). */
  implementedAt: Instant | null;
}

export interface ReportFact {
  id: string;
  kind: 'annual';
  /** The year the report covers. */
  year: number;
  publishedOn: Day;
}
