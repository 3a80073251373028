import { firstDueOn, type RoundFacts } from './accountability-measures';

const at = (day: string) => new Date(`${day}T10:00:00Z`);
const sent = { sentAt: at('2026-03-02'), responseDueOn: '2026-04-01' };

describe('firstDueOn', () => {
  it('is the due day set when sending, with no question asked', () => {
    expect(firstDueOn(sent, [], [], [], at('2026-05-01'))).toBe('2026-04-01');
  });

  it('moves later by the days a question answered before the first answer stood still', () => {
    const question: RoundFacts = { round: 1, decision: 'info_needed', respondedAt: at('2026-03-07'), answeredAt: at('2026-03-11') };
    const answer: RoundFacts = { round: 2, decision: 'accepted', respondedAt: at('2026-03-20'), answeredAt: null };
    const rounds = [question, answer];
    expect(firstDueOn({ ...sent, responseDueOn: '2026-04-05' }, rounds, rounds, [], at('2026-05-01'))).toBe('2026-04-05');
  });

  it('keeps the clock still until the as-of moment while a question is open', () => {
    const question: RoundFacts = { round: 1, decision: 'info_needed', respondedAt: at('2026-03-07'), answeredAt: null };
    expect(firstDueOn(sent, [question], [question], [], at('2026-03-14'))).toBe('2026-04-08');
  });

  it('reads the board’s days back from a due day a sending back replaced, keeping the first one', () => {
    const answer: RoundFacts = { round: 1, decision: 'accepted', respondedAt: at('2026-03-12'), answeredAt: null };
    expect(firstDueOn({ ...sent, responseDueOn: '2026-06-30' }, [answer], [answer], [at('2026-05-31')], at('2026-07-01'))).toBe('2026-04-01');
  });
});
