import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BoardDetail, MeetingSummary } from '@cabinet/shared/contracts';
import { BoardsApi, testBoardDetail, testRosterMember } from '@cabinet/web/boards/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { AttendanceApi, CalendarFeedsApi, MeetingSettingsApi, MeetingsApi, testMeetingSummary } from '@cabinet/web/meetings/data-access';
import { of, throwError } from 'rxjs';
import { BoardMeetingsPageComponent } from './board-meetings-page.component';

describe('BoardMeetingsPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(meetings: MeetingSummary[] | Error, board: BoardDetail = testBoardDetail()) {
    const list = jest.fn((_boardId: string, _past?: 'recent' | 'all') => (meetings instanceof Error ? throwError(() => meetings) : of(meetings)));
    const feeds = {
      list: jest.fn(() => of([{ id: 'f0', scope: 'member', boardId: null, boardName: null, createdAt: '2026-11-01T10:00:00.000Z' }])),
      create: jest.fn(() => of({ id: 'f1', scope: 'board', boardId: 'b1', boardName: 'Harbour Community Board', createdAt: '2026-11-23T10:00:00.000Z', url: 'http://localhost/api/calendar/secret' })),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(board)) } },
        { provide: MeetingsApi, useValue: { list } },
        { provide: CalendarFeedsApi, useValue: feeds },
        // The page's settings and attendance reviews ask too: nothing to show (and no real request from the test).
        { provide: MeetingSettingsApi, useValue: { get: jest.fn(() => of({ reminderDays: [7, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: false, canChange: false })) } },
        { provide: AttendanceApi, useValue: { standingReviews: jest.fn(() => of([])) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(BoardMeetingsPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const titles = (listTestId: string) => [...element.querySelectorAll(`[data-testid="${listTestId}"] [data-testid="meeting-link"]`)].map((link) => link.textContent?.trim());
    return { fixture, element, list, feeds, titles, has: (testId: string) => element.querySelector(`[data-testid="${testId}"]`) !== null };
  }

  const past = (id: string, title: string, day: string) => testMeetingSummary({ id, title, startsAt: `${day}T18:30:00.000Z`, endsAt: `${day}T20:00:00.000Z`, status: 'held' });

  it('lists the coming meetings soonest first, and the past ones below, latest first', async () => {
    const { list, titles } = await open([
      past('p1', 'January meeting', '2020-01-07'),
      past('p2', 'February meeting', '2020-02-04'),
      testMeetingSummary({ id: 'u1', title: 'March board meeting' }),
      testMeetingSummary({ id: 'u2', title: 'April board meeting', startsAt: '2027-04-06T17:30:00.000Z', endsAt: '2027-04-06T19:00:00.000Z' }),
    ]);

    expect(list).toHaveBeenCalledWith('b1');
    expect(titles('meetings-upcoming')).toEqual(['March board meeting', 'April board meeting']);
    expect(titles('meetings-past')).toEqual(['February meeting', 'January meeting']);
  });

  it('asks for every earlier meeting when the reader wants the board’s older record, then stops offering', async () => {
    const { fixture, element, list, has } = await open([testMeetingSummary({ id: 'u1', title: 'March board meeting' })]);
    expect(element.querySelector('[data-testid="meetings-no-past"]')?.textContent?.trim()).toBe('No meetings in the last 90 days.');

    element.querySelector<HTMLButtonElement>('[data-testid="meetings-show-earlier"]')!.click();
    await fixture.whenStable();

    expect(list).toHaveBeenLastCalledWith('b1', 'all');
    expect(has('meetings-show-earlier')).toBe(false);
    expect(element.querySelector('[data-testid="meetings-no-past"]')?.textContent?.trim()).toBe('This board has no past meetings.');
    // The button is gone: the keyboard is on the heading of the meetings it brought.
    expect(document.activeElement?.id).toBe('meetings-past-heading');
  });

  it('keeps a cancelled meeting in the list, struck through, saying so in words with the reason', async () => {
    const { element } = await open([testMeetingSummary({ status: 'cancelled', cancelReason: 'The centre is closed for repairs' })]);

    const item = element.querySelector('[data-testid="meeting-item"]');
    expect(item?.querySelector('.cancelled')).not.toBeNull();
    expect(item?.querySelector('[data-testid="meeting-status"]')?.textContent?.trim()).toBe('Cancelled');
    expect(item?.querySelector('[data-testid="meeting-cancel-reason"]')?.textContent?.trim()).toBe('Reason: The centre is closed for repairs');
  });

  it('shows when a meeting is on the board’s clock', async () => {
    const { element } = await open([testMeetingSummary()]);
    expect(element.querySelector('[data-testid="meeting-when-board"]')?.textContent).toMatch(/Tue,? 2 Mar, 18:30 Lisbon time/);
  });

  it('offers to schedule a meeting to the board’s chair, and not to other members', async () => {
    const chair = testBoardDetail({ myMemberId: 'm1', roster: [testRosterMember('m1', 'Sky', 's1', { isMe: true, boardRole: 'chair' })] });
    expect((await open([], chair)).has('meetings-schedule')).toBe(true);

    TestBed.resetTestingModule();
    const member = testBoardDetail({ myMemberId: 'm1', roster: [testRosterMember('m1', 'Sky', 's1', { isMe: true })] });
    const { has } = await open([], member);
    expect(has('meetings-schedule')).toBe(false);
    expect(has('meetings-no-upcoming')).toBe(true);
  });

  it('offers it to the board’s managers', async () => {
    expect((await open([], testBoardDetail({ canManage: true }))).has('meetings-schedule')).toBe(true);
  });

  it('says why when the meetings cannot be loaded', async () => {
    const { element } = await open(new ApiError(404, 'not_found', 'Not found'));
    expect(element.querySelector('cab-form-status')?.textContent).toBeTruthy();
  });

  it('shows the same meetings on a month calendar when asked', async () => {
    const { element, has } = await open([testMeetingSummary()]);
    element.querySelector<HTMLButtonElement>('[data-testid="meetings-view-calendar"] button')?.click();
    await TestBed.inject(ApplicationRef).whenStable();

    expect(has('meetings-upcoming')).toBe(false);
    expect(element.querySelector('cab-meetings-calendar')).not.toBeNull();
  });

  it('makes a calendar link for this board only, and lists only this board’s links', async () => {
    const seated = testBoardDetail({ myMemberId: 'm1', roster: [testRosterMember('m1', 'Sky', 's1')] });
    const { element, feeds, has } = await open([testMeetingSummary()], seated);
    expect(has('feeds-none')).toBe(true);

    element.querySelector<HTMLButtonElement>('[data-testid="feed-create"]')?.click();
    await TestBed.inject(ApplicationRef).whenStable();

    expect(feeds.create).toHaveBeenCalledWith({ scope: 'board', boardId: 'b1' });
    expect(element.querySelector<HTMLInputElement>('[data-testid="feed-url"]')?.value).toBe('http://localhost/api/calendar/secret');
    expect(element.querySelectorAll('[data-testid="feed"]')).toHaveLength(1);
  });

  it('offers no calendar link to a nominee, who may look at the board but does not sit on it yet', async () => {
    const { has } = await open([testMeetingSummary()], testBoardDetail({ myMemberId: 'm9', roster: [testRosterMember('m1', 'Sky', 's1')] }));
    expect(has('feed-create')).toBe(false);
  });
});
