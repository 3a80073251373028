import { DomainError } from '@cabinet/api/core';
import { PEER_INPUT_STATUSES, type PeerInputStatus } from '@cabinet/shared/contracts';
import { canTransition, type InputAction, transition } from './input-transitions';

const NO = 'refused';

/**
 * Every (status, action) pair, written out by hand so that a change to the rules has to change
 * this table too: the status an allowed action leads to, or a refusal. The Record types make a
 * missing status or action a compile error.
 */
const EXPECTED: Record<PeerInputStatus, Record<InputAction, PeerInputStatus | typeof NO>> = {
  new: { acknowledge: 'acknowledged', put_on_agenda: 'on_agenda', make_recommendation: 'recommendation', answer: 'answered', decline: 'declined' },
  acknowledged: { acknowledge: NO, put_on_agenda: 'on_agenda', make_recommendation: 'recommendation', answer: 'answered', decline: 'declined' },
  on_agenda: { acknowledge: NO, put_on_agenda: NO, make_recommendation: 'recommendation', answer: 'answered', decline: 'declined' },
  recommendation: { acknowledge: NO, put_on_agenda: NO, make_recommendation: NO, answer: 'answered', decline: NO },
  answered: { acknowledge: NO, put_on_agenda: NO, make_recommendation: NO, answer: NO, decline: NO },
  declined: { acknowledge: NO, put_on_agenda: NO, make_recommendation: NO, answer: NO, decline: NO },
};

const pairs = (Object.entries(EXPECTED) as Array<[PeerInputStatus, Record<InputAction, PeerInputStatus | typeof NO>]>).flatMap(([from, row]) =>
  (Object.entries(row) as Array<[InputAction, PeerInputStatus | typeof NO]>).map(([action, to]) => ({ from, action, to })),
);

function refusal(from: PeerInputStatus, action: InputAction): DomainError {
  try {
    transition(from, action);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected ${action} to be refused on ${from} input`);
}

describe('input transitions', () => {
  it('cover every status input can be in, with all five actions on each', () => {
    expect(Object.keys(EXPECTED)).toEqual([...PEER_INPUT_STATUSES]);
    expect(pairs).toHaveLength(PEER_INPUT_STATUSES.length * 5);
  });

  it.each(pairs.filter((pair) => pair.to !== NO))('move $from input to $to on $action', ({ from, action, to }) => {
    expect(canTransition(from, action)).toBe(true);
    expect(transition(from, action)).toBe(to);
  });

  it.each(pairs.filter((pair) => pair.to === NO))('refuse to $action $from input, with 422 on status', ({ from, action }) => {
    expect(canTransition(from, action)).toBe(false);
    const error = refusal(from, action);
    expect(error.status).toBe(422);
    expect(error.fieldErrors).toEqual([{ field: 'status', message: expect.stringMatching(/^is .+: input that is .+ cannot be .+$/) }]);
  });

  it('say in the refusal where the input is and what cannot happen to it', () => {
    expect(refusal('declined', 'answer').fieldErrors).toEqual([{ field: 'status', message: 'is declined: input that is declined cannot be answered' }]);
    expect(refusal('on_agenda', 'acknowledge').fieldErrors).toEqual([{ field: 'status', message: 'is on an agenda: input that is on an agenda cannot be acknowledged' }]);
  });
});
