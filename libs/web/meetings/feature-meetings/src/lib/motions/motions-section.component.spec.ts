import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { MeetingMotionsView, MotionView } from '@cabinet/shared/contracts';
import { MotionsApi, testMeetingDetail } from '@cabinet/web/meetings/data-access';
import { of } from 'rxjs';
import { MOTION_POLL_MS, MotionsSectionComponent } from './motions-section.component';

const motion = (overrides: Partial<MotionView> = {}): MotionView => ({
  id: 'x1', meetingId: 'm1', agendaItemId: 'i1', agendaItemTitle: 'Budget', text: 'That we adopt it', moverMemberId: 'a', moverName: 'Ana', seconderMemberId: 'b', seconderName: null,
  method: 'secret', status: 'open', totals: null, votesCast: 2, eligible: null, quorumPresent: null, openedAt: '2027-01-01T18:00:00Z', closedAt: null, rollCall: [],
  me: { canVote: true, reason: null, voted: false, choice: null }, ...overrides,
});
const view = (motions: MotionView[]): MeetingMotionsView => ({ meetingId: 'm1', canOrganize: false, motions, decisionItems: [{ id: 'i1', title: 'Budget', conflictMemberIds: [] }], members: [] });

describe('MotionsSectionComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function open(list: jest.Mock, vote = jest.fn()) {
    TestBed.configureTestingModule({
      providers: [{ provide: MotionsApi, useValue: { list, vote } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(MotionsSectionComponent);
    fixture.componentRef.setInput('meeting', testMeetingDetail());
    fixture.detectChanges();
    await jest.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, byTestId: (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
  }

  it('shows only how many ballots were cast while a secret ballot is open, and votes with one press', async () => {
    const voted = motion({ votesCast: 3, me: { canVote: false, reason: 'voted', voted: true, choice: null } });
    const vote = jest.fn().mockReturnValue(of(voted));
    const list = jest.fn().mockReturnValueOnce(of(view([motion()]))).mockReturnValue(of(view([voted])));
    const { fixture, byTestId } = await open(list, vote);
    expect(byTestId('motion-result')!.textContent).toContain('2 ballots cast. The result is shown when voting closes.');
    byTestId('vote-for')!.click();
    expect(vote).toHaveBeenCalledWith(expect.any(String), expect.any(String), 'x1', { choice: 'for' });
    fixture.detectChanges();
    await jest.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    // The pressed button is gone: the keyboard lands on the confirmation, not on the page's top.
    expect(byTestId('vote-for')).toBeNull();
    expect(document.activeElement).toBe(byTestId('vote-reason'));
    expect(byTestId('vote-reason')!.textContent).toContain('Your vote is recorded.');
  });

  it('refreshes the live count while a vote is open, and stops once it is closed or the page is left', async () => {
    const closed = motion({ status: 'carried', totals: { for: 3, against: 1, abstain: 0 }, votesCast: 4 });
    const list = jest.fn().mockReturnValueOnce(of(view([motion()]))).mockReturnValue(of(view([closed])));
    const { fixture, byTestId } = await open(list);
    expect(list).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(MOTION_POLL_MS);
    fixture.detectChanges();
    await jest.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    expect(list).toHaveBeenCalledTimes(2);
    expect(byTestId('motion-result')!.textContent).toContain('Carried.');
    expect(byTestId('motion-result')!.textContent).toContain('For 3, against 1, abstain 0.');
    await jest.advanceTimersByTimeAsync(MOTION_POLL_MS * 3);
    expect(list).toHaveBeenCalledTimes(2);
    fixture.destroy();
  });

  it('shows a motion opened from another device when the page refreshes, with the buttons to vote', async () => {
    const list = jest.fn().mockReturnValueOnce(of(view([]))).mockReturnValue(of(view([motion()])));
    const { fixture, byTestId } = await open(list);
    expect(byTestId('motions-none')).not.toBeNull();
    fixture.componentRef.setInput('revision', 1);
    fixture.detectChanges();
    await jest.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    expect(list).toHaveBeenCalledTimes(2);
    expect(byTestId('vote-for')).not.toBeNull();
  });

  it('does not tell an organiser who is not on the board that they cannot vote', async () => {
    const notMine = motion({ method: 'roll_call', me: { canVote: false, reason: 'not_on_board', voted: false, choice: null } });
    const list = jest.fn().mockReturnValue(of({ ...view([notMine]), canOrganize: true }));
    const { byTestId } = await open(list);
    expect(byTestId('vote-reason')).toBeNull();
    expect(byTestId('motion-close')).not.toBeNull();
  });
});
