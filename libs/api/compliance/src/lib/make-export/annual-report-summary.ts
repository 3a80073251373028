import { ATTENDING_STATUSES, type BoardRole, type CompositionTag, singlesPeopleOut } from '@cabinet/shared/contracts';
import type { BoardFacts, Day, MemberFact } from '../facts/board-facts';
import { dayOf, daysBetween, evaluationDay, within } from '../facts/calendar';
import type { EvaluationPeriod } from '../facts/evaluation';
import { seatedOn, taggedOn, votingOn } from '../facts/members-on-day';
import { percentOf } from '../rules/composition-group';
import { happenedBy, heldIn, sentIn, standing } from '../rules/in-period';

/** A member's seat, board role and name as the board lists them (their seat's name when listed by role only). */
export interface ReportPerson {
  id: string;
  seatTypeId: string;
  boardRole: BoardRole | null;
  listedAs: string;
}

export interface ReportSeat {
  id: string;
  name: string;
  voting: boolean;
}

export interface ReportTarget {
  label: string;
  seatTypeId: string | null;
  tag: CompositionTag | null;
  minPercent: number;
}

export type Answer = 'accepted' | 'partly_accepted' | 'declined' | 'awaiting';

export interface MeetingsSummary {
  heldOn: Day[];
  cancelledOn: Day[];
  /** Present or remote, as a share of the members seated on each meeting's day, pooled over the meetings with attendance recorded. */
  attendance: number | null;
  withAttendance: number;
  quorumReached: number;
  minutesApproved: number;
  /** Average days from the meeting to the minutes' approval (one decimal), null when none was approved. */
  daysToApprove: number | null;
  minutesPublished: number;
  daysToPublish: number | null;
}

export interface TargetShare {
  label: string;
  minPercent: number;
  /** Null with no voting members, or when withheld. */
  percent: number | null;
  meets: boolean | null;
  /** A share of people with an attribute, withheld when it would single people out (see singlesPeopleOut): the report is public. */
  withheld: boolean;
}

export interface MembershipSummary {
  voting: number;
  bySeat: Array<{ name: string; count: number }>;
  targets: TargetShare[];
  joined: number;
  left: number;
  onboarded: number;
  /** Chair and co-chairs seated at the year's end, by their current role (Cabinet keeps no history of roles). */
  officers: Array<{ role: 'chair' | 'co_chair'; listedAs: string }>;
}

export interface RecommendationLine {
  title: string;
  sentOn: Day;
  answer: Answer;
  answeredOn: Day | null;
  implemented: boolean;
}

export interface RecommendationsSummary {
  lines: RecommendationLine[];
  totals: Record<Answer, number>;
  implemented: number;
  /** First answered on or before the board's due day. */
  onTime: number;
}

/** The calendar year as a period, and the day the report's figures stand at: its last day, or the as-of day while it runs. */
export function reportDays(year: number, asOf: string): { period: EvaluationPeriod; day: Day } {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  return { period, day: evaluationDay(asOf, period) };
}

/** Meetings held in the year by the as-of moment (the compliance rules' own count), cancelled ones, attendance, quorum and minutes. */
export function meetingsSummary(facts: BoardFacts, period: EvaluationPeriod): MeetingsSummary {
  const held = heldIn(facts, period);
  const recorded = held.filter((meeting) => meeting.attendance.length > 0);
  let came = 0;
  let seated = 0;
  for (const meeting of recorded) {
    const day = dayOf(meeting.startsAt);
    const onBoard = new Set(facts.members.filter((member) => seatedOn(member, day)).map((member) => member.id));
    seated += onBoard.size;
    came += meeting.attendance.filter((row) => onBoard.has(row.memberId) && ATTENDING_STATUSES.includes(row.status)).length;
  }
  const after = (instant: (minutes: NonNullable<(typeof held)[number]['minutes']>) => string | null) =>
    held.flatMap((meeting) => {
      const at = meeting.minutes ? instant(meeting.minutes) : null;
      return happenedBy(at, facts.asOf) ? [daysBetween(dayOf(meeting.startsAt), dayOf(at))] : [];
    });
  const approved = after((minutes) => minutes.approvedAt);
  const published = after((minutes) => minutes.publishedAt);
  return {
    heldOn: held.map((meeting) => dayOf(meeting.startsAt)),
    cancelledOn: facts.meetings.filter((meeting) => meeting.status === 'cancelled' && within(dayOf(meeting.startsAt), period)).map((meeting) => dayOf(meeting.startsAt)),
    attendance: seated > 0 ? percentOf(came, seated) : null,
    withAttendance: recorded.length,
    quorumReached: held.filter((meeting) => meeting.quorumReached === true).length,
    minutesApproved: approved.length,
    daysToApprove: average(approved),
    minutesPublished: published.length,
    daysToPublish: average(published),
  };
}

/** Who sat on the board at the year's end (or the as-of day), by seat and against each target, and who joined, left and was onboarded in the year. */
export function membershipSummary(facts: BoardFacts, people: readonly ReportPerson[], seats: readonly ReportSeat[], targets: readonly ReportTarget[], period: EvaluationPeriod, day: Day): MembershipSummary {
  const personOf = new Map(people.map((person) => [person.id, person]));
  const voting = facts.members.filter((member) => votingOn(member, day));
  const seatOf = (member: MemberFact) => personOf.get(member.id)?.seatTypeId;
  const sofar = { from: period.from, to: day };
  return {
    voting: voting.length,
    bySeat: seats.filter((seat) => seat.voting).map((seat) => ({ name: seat.name, count: voting.filter((member) => seatOf(member) === seat.id).length })),
    targets: targets.map((target) => {
      const count = voting.filter((member) => (target.seatTypeId !== null ? seatOf(member) === target.seatTypeId : target.tag !== null && taggedOn(member, target.tag, day))).length;
      const withheld = target.tag !== null && singlesPeopleOut(count, voting.length);
      const percent = withheld || voting.length === 0 ? null : percentOf(count, voting.length);
      return { label: target.label, minPercent: target.minPercent, percent, meets: percent === null ? null : percent >= target.minPercent, withheld };
    }),
    joined: facts.members.filter((member) => {
      const first = firstSeated(member);
      return first !== null && within(first, sofar);
    }).length,
    // A seated spell ends on the first day off the board: one ending on 1 January left the year before.
    left: facts.members.filter((member) => {
      const off = leftOn(member);
      return off !== null && off > period.from && off <= day && !seatedOn(member, day);
    }).length,
    onboarded: facts.members.filter((member) => member.onboardedOn !== null && within(member.onboardedOn, sofar)).length,
    officers: facts.members.flatMap((member) => {
      const person = personOf.get(member.id);
      const role = person?.boardRole;
      return person && (role === 'chair' || role === 'co_chair') && seatedOn(member, day) ? [{ role, listedAs: person.listedAs }] : [];
    }),
  };
}

/** Each recommendation sent in the year, with its answer as it stood, and whether it was answered by its due day. */
export function recommendationsSummary(facts: BoardFacts, titles: ReadonlyMap<string, string>, period: EvaluationPeriod): RecommendationsSummary {
  const lines: RecommendationLine[] = [];
  let onTime = 0;
  for (const recommendation of sentIn(facts, period)) {
    const answered = recommendation.decision !== null && happenedBy(recommendation.firstAnsweredAt, facts.asOf);
    if (standing(answered ? recommendation.firstAnsweredAt : null, recommendation.firstDueOn, facts.asOf) === 'on_time') onTime++;
    lines.push({
      title: titles.get(recommendation.id) ?? '',
      sentOn: dayOf(recommendation.sentAt),
      answer: answered ? recommendation.decision! : 'awaiting',
      answeredOn: answered ? dayOf(recommendation.firstAnsweredAt!) : null,
      implemented: happenedBy(recommendation.implementedAt, facts.asOf),
    });
  }
  const totals: Record<Answer, number> = { accepted: 0, partly_accepted: 0, declined: 0, awaiting: 0 };
  for (const line of lines) totals[line.answer]++;
  return { lines, totals, implemented: lines.filter((line) => line.implemented).length, onTime };
}

/** The first day the member sat on the board, or null if never. */
function firstSeated(member: MemberFact): Day | null {
  return member.spells.find((spell) => spell.status !== 'ended')?.from ?? null;
}

/** The day a member stopped sitting on the board (their last seated spell's end), or null while seated or never seated. */
function leftOn(member: MemberFact): Day | null {
  const seated = member.spells.filter((spell) => spell.status !== 'ended');
  const last = seated[seated.length - 1];
  return last?.until ?? null;
}

function average(values: readonly number[]): number | null {
  return values.length ? Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10 : null;
}
