import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MinutesDiff, MinutesView } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { MeetingsApi, MinutesApi, testMeetingDetail, testMinutes } from '@cabinet/web/meetings/data-access';
import { of, throwError } from 'rxjs';
import { MinutesPageComponent } from './minutes-page.component';

describe('MinutesPageComponent', () => {
  let meetings: { get: jest.Mock };
  let api: Record<string, jest.Mock>;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    meetings = { get: jest.fn(() => of(testMeetingDetail({ canOrganize: true }))) };
    api = {
      get: jest.fn(),
      start: jest.fn(),
      circulate: jest.fn(),
      approve: jest.fn(),
      publish: jest.fn(),
      comment: jest.fn(),
      versions: jest.fn(() => of([{ version: 2, status: 'draft', savedAt: '2027-03-02T21:00:00.000Z' }, { version: 1, status: 'draft', savedAt: '2027-03-02T20:00:00.000Z' }])),
      diff: jest.fn(),
      pdfUrl: jest.fn(() => '/api/minutes.pdf'),
    };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open() {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MeetingsApi, useValue: meetings }, { provide: MinutesApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(MinutesPageComponent);
    fixture.componentRef.setInput('boardId', 'board-1');
    fixture.componentRef.setInput('meetingId', 'meeting-1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const one = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const all = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
    const click = async (testId: string) => {
      one(testId)!.click();
      await fixture.whenStable();
    };
    return { fixture, one, all, click };
  }

  const notFound = () => throwError(() => new ApiError(404, 'not_found', 'These minutes were not found.'));

  it('lets an organiser start the minutes when there are none yet', async () => {
    api['get']!.mockReturnValue(notFound());
    api['start']!.mockReturnValue(of(testMinutes()));
    const { one, click } = await open();
    await click('minutes-start');
    expect(api['start']).toHaveBeenCalledWith('board-1', 'meeting-1');
    expect(one('minutes-status')?.textContent).toContain('Draft: only organisers can see it');
    expect(one('minutes-body')).not.toBeNull();
    expect(one('minutes-circulate')).not.toBeNull();
    expect(one<HTMLAnchorElement>('minutes-pdf')?.getAttribute('href')).toBe('/api/minutes.pdf');
  });

  it('tells a member the minutes are not shared yet, without a start button', async () => {
    meetings.get.mockReturnValue(of(testMeetingDetail({ canOrganize: false })));
    api['get']!.mockReturnValue(notFound());
    const { one } = await open();
    expect(one('minutes-start')).toBeNull();
    expect(one('minutes-none')?.textContent).toContain('when the organisers share them');
  });

  it('shows members the text and a comment form per section while comments are open', async () => {
    meetings.get.mockReturnValue(of(testMeetingDetail({ canOrganize: false })));
    const circulated = testMinutes({ status: 'circulated', commentUntil: '2099-01-01T00:00:00.000Z', canEdit: false, canCirculate: false, canComment: true });
    api['get']!.mockReturnValue(of(circulated));
    api['comment']!.mockReturnValue(of({ ...circulated, comments: [{ id: 'c1', section: 'welcome', author: 'Robin', mine: true, body: 'Add the time.', createdAt: '2027-03-03T10:00:00.000Z' }] } satisfies MinutesView));
    const { one, all, click, fixture } = await open();
    expect(one('minutes-body')).toBeNull();
    expect(one('minutes-text')?.querySelector('h1')).toBeNull();
    expect(one('minutes-text')?.querySelector('h3')?.textContent).toBe('Welcome');
    expect(one('minutes-versions')).toBeNull();
    // Nothing for a member to do with the minutes themselves: no empty "Next steps".
    expect(one('minutes-workflow')).toBeNull();
    await click('minutes-comment-on-welcome');
    const field = one<HTMLTextAreaElement>('minutes-comment-body')!;
    field.value = 'Add the time.';
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await click('minutes-comment-send');
    expect(api['comment']).toHaveBeenCalledWith('board-1', 'meeting-1', { section: 'welcome', body: 'Add the time.' });
    expect(all('minutes-comment').map((e) => e.textContent)).toEqual([expect.stringContaining('Add the time.')]);
  });

  it('shows a version\'s changes with added and removed lines marked in words, not colour only', async () => {
    api['get']!.mockReturnValue(of(testMinutes({ version: 2 })));
    const diff: MinutesDiff = { from: 1, to: 2, patch: '', lines: [{ kind: 'same', text: '# Title' }, { kind: 'removed', text: 'Old line' }, { kind: 'added', text: 'New line' }] };
    api['diff']!.mockReturnValue(of(diff));
    const { one, all, click } = await open();
    expect(all('minutes-version')).toHaveLength(2);
    await click('minutes-compare');
    expect(api['diff']).toHaveBeenCalledWith('board-1', 'meeting-1', 1, 2);
    expect(one('minutes-diff-added')?.textContent).toContain('Added:');
    expect(one('minutes-diff-added')?.textContent).toContain('+ New line');
    expect(one('minutes-diff-removed')?.textContent).toContain('Removed:');
    expect(one('minutes-diff-removed')?.tagName).toBe('DEL');
  });

  it('shows the workflow step the viewer may take: publishing approved minutes with the summary', async () => {
    const approved = testMinutes({ status: 'approved', canEdit: false, canCirculate: false, canPublish: true, canRecordSent: true, summary: 'In short.' });
    api['get']!.mockReturnValue(of(approved));
    api['publish']!.mockReturnValue(of({ ...approved, status: 'published', canPublish: false } satisfies MinutesView));
    const { one, click } = await open();
    expect(one('minutes-locked')).not.toBeNull();
    expect(one('minutes-circulate')).toBeNull();
    expect(one<HTMLTextAreaElement>('minutes-publish-summary')?.value).toBe('In short.');
    await click('minutes-publish');
    expect(api['publish']).toHaveBeenCalledWith('board-1', 'meeting-1', { summary: 'In short.' });
    expect(one('minutes-status')?.textContent).toContain('Published');
  });
});
