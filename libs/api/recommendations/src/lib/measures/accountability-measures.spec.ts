import { computeAccountabilityMeasures, defaultMeasuresPeriod, type InputFacts, type MeasuresFacts, type RecommendationFacts, type ReviewFacts, type RoundFacts } from './accountability-measures';

// Scenario fixtures: a board measured over March 2027, as of noon on 15 April 2027, that gives
// 14 days to acknowledge input and 30 days to answer.
const at = (day: string, time = '12:00') => new Date(`${day}T${time}:00Z`);
const MARCH = { from: '2027-03-01', to: '2027-03-31' };

function facts(overrides: Partial<MeasuresFacts> = {}): MeasuresFacts {
  return { period: MARCH, asOf: at('2027-04-15'), ackDays: 14, inputs: [], recommendations: [], reviews: [], ...overrides };
}

const input = (receivedOn: string, acknowledgedOn: string | null = null): InputFacts => ({ receivedOn, acknowledgedAt: acknowledgedOn ? at(acknowledgedOn) : null });
const answer = (round: number, day: string, decision: RoundFacts['decision'] = 'accepted'): RoundFacts => ({ round, decision, respondedAt: at(day), answeredAt: null });
const question = (round: number, askedOn: string, answeredOn: string | null): RoundFacts => ({ round, decision: 'info_needed', respondedAt: at(askedOn), answeredAt: answeredOn ? at(answeredOn) : null });
const review = (recommendationId: string, day: string, satisfied: boolean): ReviewFacts => ({ recommendationId, satisfied, recordedAt: at(day) });

/** Sent on a day, due 30 days later unless the scenario moved the due day. */
function sent(id: string, day: string, responses: RoundFacts[] = [], more: Partial<RecommendationFacts> = {}): RecommendationFacts {
  const dueOn = new Date(Date.parse(`${day}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  return { id, sentAt: at(day, '09:00'), responseDueOn: dueOn, responses, reportedAt: [], ...more };
}

describe('accountability measures', () => {
  it('says "no data yet" (null shares and medians) for a board with nothing in the period', () => {
    expect(computeAccountabilityMeasures(facts())).toEqual({
      from: '2027-03-01',
      to: '2027-03-31',
      asOf: '2027-04-15',
      input: { ackDays: 14, received: 0, acknowledged: 0, medianDaysToAcknowledge: null, acknowledgedOnTime: null },
      recommendations: { sent: 0, medianDaysToAnswer: null, answeredOnTime: null, implemented: null, satisfied: null },
    });
  });

  it('counts input acknowledged by its last day as on time, still new after it as late, and leaves out input not yet due', () => {
    const measures = computeAccountabilityMeasures(
      facts({
        asOf: at('2027-04-05'),
        inputs: [
          input('2027-03-01', '2027-03-15'), // the last day: on time, 14 days
          input('2027-03-02', '2027-03-20'), // late, 18 days
          input('2027-03-03'), // still new after 17 March: late
          input('2027-03-25'), // still new, due 8 April: left out
          input('2027-02-20', '2027-03-02'), // received before the period, acknowledged in it
        ],
      }),
    );
    expect(measures.input).toEqual({ ackDays: 14, received: 4, acknowledged: 3, medianDaysToAcknowledge: 16, acknowledgedOnTime: { numerator: 1, denominator: 3 } });
  });

  it('counts an answer on the due day as on time and the median days to it, and an unanswered one past its due day as late', () => {
    const measures = computeAccountabilityMeasures(
      facts({
        recommendations: [
          sent('a', '2027-03-01', [answer(1, '2027-03-31')]), // due 31 March: on time, 30 days
          sent('b', '2027-03-02', [answer(1, '2027-04-02', 'declined')]), // due 1 April: late, 31 days
          sent('c', '2027-03-03'), // due 2 April, no answer by 15 April: late
          sent('d', '2027-02-27', [answer(1, '2027-03-01')]), // sent before the period
        ],
      }),
    );
    expect(measures.recommendations).toMatchObject({ sent: 3, medianDaysToAnswer: 30.5, answeredOnTime: { numerator: 1, denominator: 3 } });
  });

  it('leaves out a recommendation not yet due and not answered, and one waiting for the board’s answer to a question', () => {
    const measures = computeAccountabilityMeasures(
      facts({
        recommendations: [
          sent('a', '2027-03-20'), // due 19 April
          sent('b', '2027-03-01', [question(1, '2027-03-05', null)]), // the clock stands still
          sent('c', '2027-03-01', [answer(1, '2027-03-10')]),
        ],
      }),
    );
    expect(measures.recommendations).toMatchObject({ sent: 3, medianDaysToAnswer: 9, answeredOnTime: { numerator: 1, denominator: 1 } });
  });

  it('moves the due day later by the days the clock stood still for a question', () => {
    // Due 31 March; the question waited 5 days for the board's answer, so the answer is due 5 April.
    const paused = sent('a', '2027-03-01', [question(1, '2027-03-10', '2027-03-15'), answer(2, '2027-04-04')], { responseDueOn: '2027-04-05' });
    const late = sent('b', '2027-03-01', [question(1, '2027-03-10', '2027-03-15'), answer(2, '2027-04-06')], { responseDueOn: '2027-04-05' });
    expect(computeAccountabilityMeasures(facts({ recommendations: [paused] })).recommendations.answeredOnTime).toEqual({ numerator: 1, denominator: 1 });
    expect(computeAccountabilityMeasures(facts({ recommendations: [late] })).recommendations.answeredOnTime).toEqual({ numerator: 0, denominator: 1 });
  });

  it('does not take "more information needed" for an answer: time to answer runs to the first real answer', () => {
    const asked = sent('a', '2027-03-01', [question(1, '2027-03-02', '2027-03-03'), answer(2, '2027-03-21', 'partly_accepted')], { responseDueOn: '2027-04-01' });
    const onlyAsked = sent('b', '2027-03-01', [question(1, '2027-03-02', '2027-03-03')], { responseDueOn: '2027-04-01' });
    const measures = computeAccountabilityMeasures(facts({ recommendations: [asked, onlyAsked] }));
    // The unanswered one's question was answered on 3 March: its clock ran again and ran out on 1 April.
    expect(measures.recommendations).toMatchObject({ medianDaysToAnswer: 20, answeredOnTime: { numerator: 1, denominator: 2 }, implemented: { numerator: 0, denominator: 1 } });
  });

  it('judges a recommendation the board sent back on its first answer, on the due day it had then', () => {
    // Answered on time (due 31 March), reported done, sent back on 10 April: a new answer is due 10 May.
    const reopened = sent('a', '2027-03-01', [answer(1, '2027-03-20')], { responseDueOn: '2027-05-10', reportedAt: [at('2027-04-01')] });
    const measures = computeAccountabilityMeasures(facts({ recommendations: [reopened], reviews: [review('a', '2027-04-10', false)] }));
    expect(measures.recommendations).toMatchObject({ sent: 1, medianDaysToAnswer: 19, answeredOnTime: { numerator: 1, denominator: 1 } });
    // Sent back after the report: no longer implemented.
    expect(measures.recommendations.implemented).toEqual({ numerator: 0, denominator: 1 });
  });

  it('finds the first due day of a sent-back recommendation after questions on both sides of the review', () => {
    // Due 31 March, plus 2 days for a question: 2 April. Answered 1 April: on time. Sent back 5 April
    // (due 5 May), then a 3-day question: due 8 May.
    const reopened = sent('a', '2027-03-01', [question(1, '2027-03-05', '2027-03-07'), answer(2, '2027-04-01', 'declined'), question(3, '2027-04-06', '2027-04-09')], { responseDueOn: '2027-05-08' });
    const measures = computeAccountabilityMeasures(facts({ recommendations: [reopened], reviews: [review('a', '2027-04-05', false)] }));
    expect(measures.recommendations.answeredOnTime).toEqual({ numerator: 1, denominator: 1 });
  });

  it('counts as implemented what the agency accepted and reported done, or the board closed satisfied; a decline is not in the count', () => {
    const measures = computeAccountabilityMeasures(
      facts({
        recommendations: [
          sent('done', '2027-03-01', [answer(1, '2027-03-05')], { reportedAt: [at('2027-03-25')] }),
          sent('closed', '2027-03-02', [answer(1, '2027-03-05', 'partly_accepted')], { reportedAt: [at('2027-03-20')] }),
          sent('working', '2027-03-03', [answer(1, '2027-03-05')]),
          sent('declined', '2027-03-04', [answer(1, '2027-03-05', 'declined')]),
        ],
        reviews: [review('closed', '2027-03-28', true), review('declined', '2027-03-29', true), review('old', '2027-03-30', false), review('old', '2027-02-28', true)],
      }),
    );
    expect(measures.recommendations.implemented).toEqual({ numerator: 2, denominator: 3 });
    // Reviews recorded in March, whichever recommendation they are about.
    expect(measures.recommendations.satisfied).toEqual({ numerator: 2, denominator: 3 });
  });

  it('measures as of a moment: what happened later counts as not done yet', () => {
    const measures = computeAccountabilityMeasures(
      facts({
        asOf: at('2027-03-31', '23:00'),
        inputs: [input('2027-03-30', '2027-04-01')],
        recommendations: [sent('a', '2027-03-10', [answer(1, '2027-04-01')], { reportedAt: [at('2027-04-02')] })],
        reviews: [review('a', '2027-04-03', true)],
      }),
    );
    expect(measures.input).toMatchObject({ received: 1, acknowledged: 0, medianDaysToAcknowledge: null, acknowledgedOnTime: null });
    expect(measures.recommendations).toMatchObject({ sent: 1, medianDaysToAnswer: null, answeredOnTime: null, implemented: null, satisfied: null });
  });

  it('defaults to the last 90 days, today included', () => {
    expect(defaultMeasuresPeriod(at('2027-04-15'))).toEqual({ from: '2027-01-16', to: '2027-04-15' });
  });
});
