import { memberActions, renewalBlocked } from './member-actions';

describe('memberActions', () => {
  it('offers a waiting application the guest seat, an active term or a decline', () => {
    expect(memberActions('applied', false)).toEqual(['accept_guest', 'make_active', 'end']);
    expect(memberActions('nominated', true)).toEqual(['accept_guest', 'make_active', 'end']);
  });

  it('lets a guest become an active member or leave', () => {
    expect(memberActions('guest', true)).toEqual(['make_active', 'end']);
  });

  it('lets an active member go on leave, renew the term within the limit, or end', () => {
    expect(memberActions('active', true)).toEqual(['put_on_leave', 'renew', 'end']);
  });

  it('does not offer a renewal beyond the term limit, and says so', () => {
    expect(memberActions('active', false)).toEqual(['put_on_leave', 'end']);
    expect(renewalBlocked('active', false)).toBe(true);
    expect(renewalBlocked('guest', false)).toBe(false);
  });

  it('brings a member back from leave as active, not as a new term', () => {
    expect(memberActions('on_leave', true)).toEqual(['return_from_leave', 'renew', 'end']);
  });

  it('offers nothing once a membership has ended', () => {
    expect(memberActions('ended', true)).toEqual([]);
    expect(renewalBlocked('ended', false)).toBe(false);
  });
});
