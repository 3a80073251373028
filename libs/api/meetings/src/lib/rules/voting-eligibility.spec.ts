import { voteBlocker, type VoterFacts } from './voting-eligibility';

const voter = (overrides: Partial<VoterFacts> = {}): VoterFacts => ({ status: 'active', seatVoting: true, inTerm: true, canVote: true, attendance: 'present', conflicted: false, ...overrides });

describe('who can vote on a motion', () => {
  it('lets an eligible member in the room or online vote', () => {
    expect(voteBlocker(voter())).toBeNull();
    expect(voteBlocker(voter({ attendance: 'remote' }))).toBeNull();
  });

  it('refuses someone in a non-voting seat, a guest, someone outside a term, or someone not yet onboarded, saying why', () => {
    expect(voteBlocker(voter({ canVote: false, seatVoting: false }))).toBe('seat_not_voting');
    expect(voteBlocker(voter({ canVote: false, status: 'guest' }))).toBe('not_active');
    expect(voteBlocker(voter({ canVote: false, inTerm: false }))).toBe('not_in_term');
    expect(voteBlocker(voter({ canVote: false }))).toBe('onboarding');
  });

  it('refuses a member with a conflict on the item, or not recorded present', () => {
    expect(voteBlocker(voter({ conflicted: true }))).toBe('conflict');
    expect(voteBlocker(voter({ attendance: 'excused' }))).toBe('not_attending');
    expect(voteBlocker(voter({ attendance: null }))).toBe('not_attending');
  });

  it('refuses someone not on the board', () => {
    expect(voteBlocker(undefined)).toBe('not_on_board');
  });
});
