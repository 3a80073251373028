import type { AccountabilityMeasures, InputMeasures, MeasureShare, RecommendationMeasures, ResponseDecision } from '@cabinet/shared/contracts';
import { addDays, dayOf, daysBetween, pausedDays } from '../lifecycle/response-clock';

/** A period of calendar days (UTC), both ends included, as YYYY-MM-DD. */
export interface MeasuresPeriod {
  from: string;
  to: string;
}

/** One input to the board: the day it arrived and when it was first acknowledged (any triage step does). */
export interface InputFacts {
  receivedOn: string;
  acknowledgedAt: Date | null;
}

/** One round of the agency's answer. An info_needed round is a question: `answeredAt` is the board's answer. */
export interface RoundFacts {
  round: number;
  decision: ResponseDecision;
  respondedAt: Date;
  answeredAt: Date | null;
}

export interface ReviewFacts {
  recommendationId: string;
  satisfied: boolean;
  recordedAt: Date;
}

/** A recommendation that was sent, with the rows its clock and its outcome are read from. */
export interface RecommendationFacts {
  id: string;
  sentAt: Date;
  /** The due day now: of the latest answer awaited, moved later by the questions answered since it started. */
  responseDueOn: string;
  responses: RoundFacts[];
  /** When the agency reported it implemented (each time, from the timeline). */
  reportedAt: Date[];
}

export interface MeasuresFacts {
  period: MeasuresPeriod;
  /** The moment the measures are taken: anything later counts as not (yet) happened. */
  asOf: Date;
  ackDays: number;
  inputs: InputFacts[];
  recommendations: RecommendationFacts[];
  /** The board's reviews: those recorded in the period, and every review of the recommendations given. */
  reviews: ReviewFacts[];
}

/** The period when none is asked for: the last 90 days, today included. */
export function defaultMeasuresPeriod(now: Date): MeasuresPeriod {
  const to = dayOf(now);
  return { from: addDays(to, -89), to };
}

const ANSWERS: readonly ResponseDecision[] = ['accepted', 'partly_accepted', 'declined'];
const ACCEPTING: readonly ResponseDecision[] = ['accepted', 'partly_accepted'];

/**
 * The accountability measures of one board over a period, as of a moment. Pure: the caller loads
 * the facts. Days are UTC calendar days, as everywhere in the answer's clock.
 *
 * Input (received in the period means its day is in the period):
 * - `received`: input received in the period; `acknowledged`: input acknowledged in the period,
 *   whenever it arrived.
 * - `medianDaysToAcknowledge`: over input received in the period and acknowledged, the median of
 *   the days from the day it arrived to the day it was acknowledged.
 * - `acknowledgedOnTime`: of input received in the period, acknowledged on or before its last day
 *   (the day it arrived plus the board's days to acknowledge). Input still new after that day is
 *   late; input still new before it is left out.
 *
 * Recommendations (sent in the period):
 * - `sent`: how many. `medianDaysToAnswer`: the median of the days from sending to the agency's
 *   first answer (accepted, partly accepted or declined; a question is not an answer), days spent
 *   waiting for the board's answer included.
 * - `answeredOnTime`: first answer on or before the due day, moved later by the days the clock
 *   stood still for questions before it. Unanswered after the due day is late; unanswered before
 *   it, or waiting for the board's answer to a question, is left out. A recommendation the board
 *   sent back is judged on its first answer.
 * - `implemented`: of those whose latest answer accepts all or part of it, the ones the agency
 *   reported implemented since the board last sent it back (or that the board closed satisfied).
 * - `satisfied`: of the board's reviews recorded in the period (of any recommendation), the ones
 *   where the board was satisfied.
 *
 * Every share is a numerator and a denominator, or null when the denominator is 0.
 */
export function computeAccountabilityMeasures(facts: MeasuresFacts): AccountabilityMeasures {
  const { period, asOf } = facts;
  return { from: period.from, to: period.to, asOf: dayOf(asOf), input: inputMeasures(facts), recommendations: recommendationMeasures(facts) };
}

function inputMeasures({ period, asOf, ackDays, inputs }: MeasuresFacts): InputMeasures {
  const today = dayOf(asOf);
  const ackDay = (input: InputFacts) => (input.acknowledgedAt && input.acknowledgedAt <= asOf ? dayOf(input.acknowledgedAt) : null);
  const received = inputs.filter((input) => input.receivedOn <= today && within(period, input.receivedOn));
  const waits: number[] = [];
  let onTime = 0;
  let counted = 0;
  for (const input of received) {
    const acknowledgedOn = ackDay(input);
    const lastDay = addDays(input.receivedOn, ackDays);
    if (acknowledgedOn) waits.push(daysBetween(input.receivedOn, acknowledgedOn));
    if (acknowledgedOn || today > lastDay) counted += 1;
    if (acknowledgedOn && acknowledgedOn <= lastDay) onTime += 1;
  }
  return {
    ackDays,
    received: received.length,
    acknowledged: inputs.filter((input) => {
      const day = ackDay(input);
      return !!day && within(period, day);
    }).length,
    medianDaysToAcknowledge: median(waits),
    acknowledgedOnTime: share(onTime, counted),
  };
}

function recommendationMeasures({ period, asOf, recommendations, reviews }: MeasuresFacts): RecommendationMeasures {
  const today = dayOf(asOf);
  const sent = recommendations.filter((one) => one.sentAt <= asOf && within(period, dayOf(one.sentAt)));
  const reviewsOf = (id: string) => reviews.filter((review) => review.recommendationId === id);
  const waits: number[] = [];
  let onTime = 0;
  let timed = 0;
  let implemented = 0;
  let accepted = 0;
  for (const one of sent) {
    const rounds = one.responses.filter((round) => round.respondedAt <= asOf).sort((a, b) => a.round - b.round);
    const first = rounds.find((round) => ANSWERS.includes(round.decision));
    const dueOn = firstDueOn(one, one.responses, rounds, reviewsOf(one.id).filter((review) => !review.satisfied).map((review) => review.recordedAt), asOf);
    if (first) {
      waits.push(daysBetween(dayOf(one.sentAt), dayOf(first.respondedAt)));
      timed += 1;
      if (dayOf(first.respondedAt) <= dueOn) onTime += 1;
    } else if (!waitingForBoard(rounds, asOf) && today > dueOn) {
      timed += 1;
    }
    const latest = rounds.filter((round) => ANSWERS.includes(round.decision)).at(-1);
    if (latest && ACCEPTING.includes(latest.decision)) {
      accepted += 1;
      if (isImplemented(one, reviewsOf(one.id), asOf)) implemented += 1;
    }
  }
  const reviewed = reviews.filter((review) => review.recordedAt <= asOf && within(period, dayOf(review.recordedAt)));
  return {
    sent: sent.length,
    medianDaysToAnswer: median(waits),
    answeredOnTime: share(onTime, timed),
    implemented: share(implemented, accepted),
    satisfied: share(reviewed.filter((review) => review.satisfied).length, reviewed.length),
  };
}

/**
 * The day the first answer was due. Sending sets the due day and each answered question moves it
 * later by the days it stood still; when the board sends a recommendation back, a new due day
 * replaces it. So the response days are read back from the due day now and the clock's latest
 * start (assuming the board's setting was the same when it was sent), then the questions asked
 * before the first answer (as of `asOf`, an open one standing still until then) are added to the
 * day it was sent. `responses` are every round; `rounds` those made by `asOf`. Compliance rules
 * judge the agency's answers by the same day.
 */
export function firstDueOn(
  sent: { sentAt: Date; responseDueOn: string },
  responses: readonly RoundFacts[],
  rounds: readonly RoundFacts[],
  sentBack: readonly Date[],
  asOf: Date,
): string {
  const start = sentBack.reduce((latest, at) => (at > latest ? at : latest), sent.sentAt);
  const questions = responses.filter((round) => round.decision === 'info_needed');
  const stoodSinceStart = sum(questions.filter((round) => round.answeredAt && round.respondedAt >= start).map((round) => pausedDays(round.respondedAt, round.answeredAt!)));
  const responseDays = daysBetween(dayOf(start), sent.responseDueOn) - stoodSinceStart;
  const firstAnswer = rounds.find((round) => ANSWERS.includes(round.decision));
  const before = rounds.filter((round) => round.decision === 'info_needed' && (!firstAnswer || round.round < firstAnswer.round));
  const stoodBefore = sum(before.map((round) => pausedDays(round.respondedAt, round.answeredAt && round.answeredAt <= asOf ? round.answeredAt : asOf)));
  return addDays(dayOf(sent.sentAt), responseDays + stoodBefore);
}

/** The agency asked a question the board had not answered by `asOf`: the clock stands still. */
function waitingForBoard(rounds: readonly RoundFacts[], asOf: Date): boolean {
  const last = rounds.at(-1);
  return !!last && last.decision === 'info_needed' && !(last.answeredAt && last.answeredAt <= asOf);
}

/** Reported implemented after the board last sent it back (a satisfied review keeps the report standing). */
function isImplemented(one: RecommendationFacts, reviews: readonly ReviewFacts[], asOf: Date): boolean {
  const lastReport = latest(one.reportedAt.filter((at) => at <= asOf));
  const lastSentBack = latest(reviews.filter((review) => !review.satisfied && review.recordedAt <= asOf).map((review) => review.recordedAt));
  return !!lastReport && (!lastSentBack || lastReport > lastSentBack);
}

function within(period: MeasuresPeriod, day: string): boolean {
  return period.from <= day && day <= period.to;
}

function share(numerator: number, denominator: number): MeasureShare | null {
  return denominator > 0 ? { numerator, denominator } : null;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function latest(dates: readonly Date[]): Date | null {
  return dates.reduce<Date | null>((last, at) => (!last || at > last ? at : last), null);
}
