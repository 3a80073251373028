import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BoardDetail, RecommendationSummary } from '@cabinet/shared/contracts';
import { BoardsApi, testBoardDetail, testRosterMember } from '@cabinet/web/boards/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { RecommendationSettingsApi, RecommendationsApi, testRecommendationSummary } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { BoardRecommendationsPageComponent, groupByStatus } from './board-recommendations-page.component';

describe('groupByStatus', () => {
  it('groups in the order a recommendation moves, leaves out empty groups, and puts overdue ones first', () => {
    const groups = groupByStatus([
      testRecommendationSummary({ id: 'c', status: 'closed' }),
      testRecommendationSummary({ id: 's1', status: 'sent' }),
      testRecommendationSummary({ id: 's2', status: 'sent', overdue: true }),
      testRecommendationSummary({ id: 'd', status: 'draft' }),
    ]);
    expect(groups.map((group) => [group.status, group.recommendations.map((one) => one.id)])).toEqual([
      ['draft', ['d']],
      ['sent', ['s2', 's1']],
      ['closed', ['c']],
    ]);
  });
});

describe('BoardRecommendationsPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(recommendations: RecommendationSummary[] | Error, board: BoardDetail = testBoardDetail()) {
    const list = jest.fn(() => (recommendations instanceof Error ? throwError(() => recommendations) : of({ counts: {}, recommendations })));
    const settings = { get: jest.fn(() => of({ responseDays: 30, canChange: true })), change: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(board)) } },
        { provide: RecommendationsApi, useValue: { list } },
        { provide: RecommendationSettingsApi, useValue: settings },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(BoardRecommendationsPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return { element, list, settings, text, has: (testId: string) => element.querySelector(`[data-testid="${testId}"]`) !== null };
  }

  it('shows each group under a heading, and on each card the title, who it is for, the status and the due day in words', async () => {
    const board = testBoardDetail({ partners: [{ organizationId: 'o2', name: 'City Health', since: '2026-01-01' }] });
    const { element, list, text } = await open(
      [
        testRecommendationSummary({ id: 'r1', title: 'Saturday opening', addressedOrganizationId: 'o2', overdue: true, dueInDays: -3, responseDueOn: '2027-03-01' }),
        testRecommendationSummary({ id: 'r2', title: 'Ramp at the door', status: 'draft', addressedOrganizationId: null, awaitingResponse: false, dueInDays: null, responseDueOn: null }),
      ],
      board,
    );

    expect(list).toHaveBeenCalledWith('b1');
    expect([...element.querySelectorAll('h2')].map((heading) => heading.textContent?.trim())).toEqual(['Drafts (1)', 'Waiting for an answer (1)']);
    const sent = element.querySelector('[data-testid="recommendations-group-sent"] [data-testid="recommendation-card"]') as HTMLElement;
    expect(sent.querySelector('[data-testid="recommendation-link"]')?.getAttribute('href')).toBe('/boards/b1/recommendations/r1');
    expect(sent.querySelector('[data-testid="recommendation-addressee"]')?.textContent?.trim()).toBe('For: City Health');
    expect(sent.querySelector('[data-testid="recommendation-status"]')?.textContent?.trim()).toBe('Sent. Waiting for an answer');
    expect(sent.querySelector('[data-testid="recommendation-overdue"]')?.textContent?.trim()).toBe('Overdue');
    expect(text('[data-testid="recommendations-group-sent"] [data-testid="recommendation-days-left"]')).toBe('3 days late.');
    expect(text('[data-testid="recommendations-group-draft"] [data-testid="recommendation-due"]')).toBeUndefined();
  });

  it('says the days left when the answer is not late', async () => {
    const { text, has } = await open([testRecommendationSummary({ dueInDays: 1 })]);
    expect(text('[data-testid="recommendation-days-left"]')).toBe('1 day left.');
    expect(has('recommendation-overdue')).toBe(false);
  });

  it('offers a new recommendation to the board’s chair, and not to other members', async () => {
    const chair = testBoardDetail({ myMemberId: 'm1', roster: [testRosterMember('m1', 'Sky', 's1', { isMe: true, boardRole: 'chair' })] });
    expect((await open([], chair)).has('recommendations-new')).toBe(true);

    TestBed.resetTestingModule();
    const member = testBoardDetail({ myMemberId: 'm1', roster: [testRosterMember('m1', 'Sky', 's1', { isMe: true })] });
    const { has } = await open([], member);
    expect(has('recommendations-new')).toBe(false);
    expect(has('recommendations-none')).toBe(true);
  });

  it('shows the time to answer to the board’s managers only', async () => {
    expect((await open([], testBoardDetail({ canManage: true }))).has('response-days')).toBe(true);
    TestBed.resetTestingModule();
    const { has, settings } = await open([]);
    expect(has('response-days')).toBe(false);
    expect(settings.get).not.toHaveBeenCalled();
  });

  it('says why when the recommendations cannot be loaded', async () => {
    const { element } = await open(new ApiError(404, 'not_found', 'Not found'));
    expect(element.querySelector('cab-form-status')?.textContent).toBeTruthy();
  });
});
