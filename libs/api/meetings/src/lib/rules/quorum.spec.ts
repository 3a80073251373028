import { motionResult, quorum } from './quorum';

describe('quorum', () => {
  it('needs more than half of the voting members under a majority rule', () => {
    expect(quorum({ quorumKind: 'majority', quorumCount: null }, 5, 3)).toEqual({ kind: 'majority', votingMembers: 5, needed: 3, present: 3, quorate: true, missing: 0 });
    expect(quorum({ quorumKind: 'majority', quorumCount: null }, 6, 3)).toMatchObject({ needed: 4, quorate: false, missing: 1 });
  });

  it('needs the fixed number under a fixed rule, whatever the board\'s size', () => {
    expect(quorum({ quorumKind: 'fixed', quorumCount: 2 }, 9, 2)).toMatchObject({ needed: 2, quorate: true });
    expect(quorum({ quorumKind: 'fixed', quorumCount: 4 }, 3, 3)).toMatchObject({ needed: 4, quorate: false, missing: 1 });
  });

  it('is never reached by a board without voting members', () => {
    expect(quorum({ quorumKind: 'majority', quorumCount: null }, 0, 0)).toMatchObject({ needed: 1, quorate: false });
  });
});

describe('motion result', () => {
  it('carries a simple majority with more for than against, abstentions aside', () => {
    expect(motionResult('simple_majority', { for: 3, against: 2, abstain: 4 })).toBe('carried');
    expect(motionResult('simple_majority', { for: 2, against: 2, abstain: 0 })).toBe('failed');
    expect(motionResult('simple_majority', { for: 0, against: 0, abstain: 3 })).toBe('failed');
  });

  it('carries two thirds with at least two thirds of those for or against', () => {
    expect(motionResult('two_thirds', { for: 4, against: 2, abstain: 5 })).toBe('carried');
    expect(motionResult('two_thirds', { for: 3, against: 2, abstain: 0 })).toBe('failed');
    expect(motionResult('two_thirds', { for: 0, against: 0, abstain: 2 })).toBe('failed');
  });
});
