import { DomainError } from '@cabinet/api/core';
import { assertRoleFitsSeat, assertTransition, canVote } from './lifecycle';

describe('membership lifecycle', () => {
  it('lets an applicant become a guest, and a guest an active member', () => {
    expect(() => assertTransition('applied', 'guest')).not.toThrow();
    expect(() => assertTransition('guest', 'active')).not.toThrow();
    expect(() => assertTransition('active', 'on_leave')).not.toThrow();
    expect(() => assertTransition('on_leave', 'active')).not.toThrow();
  });

  it('refuses to send an active member back to guest, saying what is possible', () => {
    expect(() => assertTransition('active', 'guest')).toThrow(DomainError);
    expect(() => assertTransition('active', 'guest')).toThrow(/on_leave, ended/);
  });

  it('never reopens an ended membership', () => {
    expect(() => assertTransition('ended', 'active')).toThrow(/cannot change/);
  });

  it('refuses a chair on a non-voting seat but allows a secretary there', () => {
    expect(() => assertRoleFitsSeat('chair', false)).toThrow(/voting seat/);
    expect(() => assertRoleFitsSeat('co_chair', false)).toThrow(/voting seat/);
    expect(() => assertRoleFitsSeat('secretary', false)).not.toThrow();
    expect(() => assertRoleFitsSeat('chair', true)).not.toThrow();
  });

  it('lets only onboarded active members in voting seats vote when the board requires onboarding', () => {
    const base = { status: 'active' as const, inTerm: true, seatVoting: true, onboardingGatesVoting: true, onboardingComplete: true };
    expect(canVote(base)).toBe(true);
    expect(canVote({ ...base, onboardingComplete: false })).toBe(false);
    expect(canVote({ ...base, onboardingComplete: false, onboardingGatesVoting: false })).toBe(true);
    expect(canVote({ ...base, status: 'guest' })).toBe(false);
    expect(canVote({ ...base, seatVoting: false })).toBe(false);
  });

  it('gives no vote to an active member outside a term: before their first term begins or once their last one is over', () => {
    const base = { status: 'active' as const, inTerm: true, seatVoting: true, onboardingGatesVoting: false, onboardingComplete: true };
    expect(canVote(base)).toBe(true);
    expect(canVote({ ...base, inTerm: false })).toBe(false);
  });
});
