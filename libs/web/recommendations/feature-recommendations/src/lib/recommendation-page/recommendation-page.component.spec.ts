import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MeetingMotionsView, MotionView, RecommendationDetail } from '@cabinet/shared/contracts';
import { BoardsApi, testBoardDetail } from '@cabinet/web/boards/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { MeetingsApi, MotionsApi, testMeetingSummary } from '@cabinet/web/meetings/data-access';
import { AgencyResponsesApi, RecommendationsApi, testRecommendationDetail } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { RecommendationPageComponent } from './recommendation-page.component';

const PAST_MEETING = testMeetingSummary({ id: 'm1', title: 'October meeting', startsAt: '2026-10-06T18:30:00.000Z', endsAt: '2026-10-06T20:00:00.000Z', status: 'held' });
const motion = (id: string, text: string, status: MotionView['status']) => ({ id, text, status }) as MotionView;

describe('RecommendationPageComponent', () => {
  let api: Record<'get' | 'send' | 'adopt' | 'edit' | 'answerInfo' | 'review', jest.Mock>;
  let agency: Record<'respond' | 'addMilestone' | 'completeMilestone' | 'postProgress' | 'reportImplemented', jest.Mock>;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    const answer = (status: RecommendationDetail['status']) => jest.fn(() => of(testRecommendationDetail({ status })));
    api = { get: jest.fn(), send: answer('sent'), adopt: answer('adopted'), edit: answer('draft'), answerInfo: answer('sent'), review: answer('reopened') };
    agency = { respond: answer('responded'), addMilestone: answer('in_progress'), completeMilestone: answer('in_progress'), postProgress: answer('in_progress'), reportImplemented: answer('reported') };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(detail: RecommendationDetail) {
    api.get.mockReturnValue(of(detail));
    const motions: MeetingMotionsView = { meetingId: 'm1', canOrganize: true, decisionItems: [], members: [], motions: [motion('mo1', 'Open on Saturdays', 'carried'), motion('mo2', 'Close on Mondays', 'failed')] };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: RecommendationsApi, useValue: api },
        { provide: AgencyResponsesApi, useValue: agency },
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(testBoardDetail({ canManage: true }))) } },
        { provide: MeetingsApi, useValue: { list: jest.fn(() => of([PAST_MEETING])) } },
        { provide: MotionsApi, useValue: { list: jest.fn(() => of(motions)) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(RecommendationPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    fixture.componentRef.setInput('id', 'r1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const type = async (testId: string, value: string) => {
      const field = byTestId<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
      await settle();
    };
    const click = async (testId: string) => {
      const target = byTestId(testId)!;
      (target.querySelector('input') ?? target).click();
      await settle();
    };
    const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim();
    return { element, byTestId, type, click, text, has: (testId: string) => byTestId(testId) !== null };
  }

  it('shows the recommendation: its words, status in plain words, who it is for, and the days left', async () => {
    const { text } = await open(testRecommendationDetail({ dueInDays: 12 }));
    expect(api.get).toHaveBeenCalledWith('b1', 'r1');
    expect(text('recommendation-heading')).toBe('Open the clinic on Saturdays');
    expect(text('recommendation-status')).toBe('Sent. Waiting for an answer');
    expect(text('recommendation-addressee')).toBe('Harbour Outreach');
    expect(text('recommendation-days-left')).toBe('12 days left.');
    expect(text('recommendation-body')).toContain('Saturday morning');
  });

  it('lists the timeline in order with the date, what happened, by which role, and the answer’s reasons and progress details', async () => {
    const { element } = await open(
      testRecommendationDetail({
        status: 'in_progress',
        responses: [{ id: 'resp1', round: 1, decision: 'partly_accepted', reasons: 'Saturdays only once a month', respondedAt: '2027-03-10T10:00:00.000Z', boardAnswer: null, answeredAt: null }],
        progress: [{ id: 'p1', milestoneId: null, text: 'Staff hired', link: 'https://example.org/news', percentComplete: 40, createdAt: '2027-04-01T10:00:00.000Z', files: [] }],
        timeline: [
          { kind: 'sent', at: '2027-03-01T10:00:00.000Z', actorRole: 'chair', refId: 'o1' },
          { kind: 'responded', at: '2027-03-10T10:00:00.000Z', actorRole: 'liaison', refId: 'resp1' },
          { kind: 'progress_reported', at: '2027-04-01T10:00:00.000Z', actorRole: 'liaison', refId: 'p1' },
        ],
      }),
    );
    const steps = [...element.querySelectorAll('[data-testid="timeline-step"]')];
    expect(steps.map((step) => step.querySelector('[data-testid="timeline-what"]')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Sent to the agency by the chair',
      'The agency answered by the agency’s contact person',
      'Progress update by the agency’s contact person',
    ]);
    expect(steps[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2027-03-01T10:00:00.000Z');
    expect(steps[0]?.textContent).toMatch(/1 Mar 2027/);
    expect([...steps[1]!.querySelectorAll('[data-testid="timeline-detail"]')].map((detail) => detail.textContent?.trim())).toEqual(['We will do part of it', 'Saturdays only once a month']);
    expect([...steps[2]!.querySelectorAll('[data-testid="timeline-detail"]')].map((detail) => detail.textContent?.trim())).toEqual(['Staff hired', '40%', 'https://example.org/news']);
    expect(steps[2]?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/news');
  });

  it('offers no actions when the API allows none', async () => {
    const { has } = await open(testRecommendationDetail());
    expect(has('board-actions')).toBe(false);
    expect(has('agency-actions')).toBe(false);
    expect(has('milestone-form')).toBe(false);
  });

  it('offers only the actions the API allows: sending, and not answering', async () => {
    const { has, click, text } = await open(testRecommendationDetail({ status: 'adopted', can: { send: true } }));
    expect(has('send')).toBe(true);
    expect(has('adopt')).toBe(false);
    expect(has('respond')).toBe(false);

    await click('recommendation-send');
    expect(api.send).toHaveBeenCalledWith('b1', 'r1');
    expect(text('recommendation-status')).toBe('Sent. Waiting for an answer');
    expect(has('send')).toBe(false);
  });

  it('says why sending was refused', async () => {
    api.send.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'Invalid', [{ field: 'liaisonUserIds', message: 'must name at least one person who answers for the organisation' }])));
    const { click, text } = await open(testRecommendationDetail({ status: 'adopted', can: { send: true } }));
    await click('recommendation-send');
    expect(text('send')).toContain('must name at least one person who answers for the organisation');
  });

  it('changes a draft in place: the form starts with its words, and the changes go with PATCH', async () => {
    const { click, type, byTestId } = await open(testRecommendationDetail({ status: 'draft', addressedOrganizationId: null, can: { edit: true } }));
    await click('recommendation-edit');
    expect(byTestId<HTMLInputElement>('recommendation-title')?.value).toBe('Open the clinic on Saturdays');
    expect(byTestId('recommendation-source')).toBeNull();
    await type('recommendation-title', 'Open on Saturday mornings');
    await click('recommendation-save');
    expect(api.edit).toHaveBeenCalledWith('b1', 'r1', {
      title: 'Open on Saturday mornings',
      body: 'Many people work on weekdays. A Saturday morning would let them come.',
      addressedOrganizationId: null,
      liaisonUserIds: [],
    });
  });

  it('adopts a draft with a motion the board carried at a past meeting (failed motions are not offered)', async () => {
    const { byTestId, type, click } = await open(testRecommendationDetail({ status: 'draft', can: { adopt: true, edit: true } }));
    await type('adopt-meeting', 'm1');
    expect([...byTestId<HTMLSelectElement>('adopt-motion')!.options].map((option) => option.value)).toEqual(['', 'mo1']);
    await type('adopt-motion', 'mo1');
    await click('adopt-submit');
    expect(api.adopt).toHaveBeenCalledWith('b1', 'r1', { motionId: 'mo1' });
  });

  it('requires reasons for any answer but a plain yes, and shows them as required', async () => {
    const { click, type, text, byTestId } = await open(testRecommendationDetail({ can: { respond: true } }));
    await click('respond-decision-declined');
    expect(text('respond-reasons-hint')).toBe('Required: say why.');
    expect(byTestId('respond-reasons')?.hasAttribute('required')).toBe(true);
    await click('respond-submit');
    expect(agency.respond).not.toHaveBeenCalled();

    await type('respond-reasons', 'No budget this year');
    await click('respond-submit');
    expect(agency.respond).toHaveBeenCalledWith('b1', 'r1', { decision: 'declined', reasons: 'No budget this year' });
  });

  it('sends a plain yes without reasons', async () => {
    const { click, byTestId } = await open(testRecommendationDetail({ can: { respond: true } }));
    await click('respond-decision-accepted');
    expect(byTestId('respond-reasons')?.hasAttribute('required')).toBe(false);
    await click('respond-submit');
    expect(agency.respond).toHaveBeenCalledWith('b1', 'r1', { decision: 'accepted' });
  });

  it('records the board’s review at a meeting, with reasons required when the board is not satisfied', async () => {
    const { click, type } = await open(testRecommendationDetail({ status: 'reported', can: { review: true } }));
    await type('review-meeting', 'm1');
    await click('review-satisfied-no');
    await click('review-submit');
    expect(api.review).not.toHaveBeenCalled();

    await type('review-reasons', 'The clinic still closes at noon');
    await click('review-submit');
    expect(api.review).toHaveBeenCalledWith('b1', 'r1', { meetingId: 'm1', satisfied: false, reasons: 'The clinic still closes at noon' });
  });

  it('answers the agency’s question, showing it first', async () => {
    const { text, type, click } = await open(
      testRecommendationDetail({
        status: 'info_requested',
        can: { answerInfo: true },
        responses: [{ id: 'q1', round: 1, decision: 'info_needed', reasons: 'Which Saturdays?', respondedAt: '2027-03-05T10:00:00.000Z', boardAnswer: null, answeredAt: null }],
      }),
    );
    expect(text('answer-info-question')).toBe('Which Saturdays?');
    expect(text('recommendation-paused')).toContain('paused');
    await type('answer-info-text', 'Every Saturday');
    await click('answer-info-submit');
    expect(api.answerInfo).toHaveBeenCalledWith('b1', 'r1', { answer: 'Every Saturday' });
  });

  it('lets the agency add steps to the plan and mark them done', async () => {
    const planning = testRecommendationDetail({
      status: 'in_progress',
      can: { plan: true, report: true },
      milestones: [{ id: 'ms1', title: 'Hire staff', owner: 'Clinic lead', dueOn: '2027-01-01', doneAt: null, position: 0, overdue: true }],
    });
    agency.completeMilestone.mockReturnValue(of({ ...planning, milestones: [{ ...planning.milestones[0]!, doneAt: '2027-01-02T10:00:00.000Z', overdue: false }] }));
    const { type, click, text, has } = await open(planning);
    expect(text('milestone-state')).toBe('Late');
    await click('milestone-done');
    expect(agency.completeMilestone).toHaveBeenCalledWith('b1', 'r1', 'ms1');
    expect(text('milestone-state')).toBe('Done');
    expect(has('milestone-done')).toBe(false);

    await type('milestone-title', 'Open the doors');
    await type('milestone-owner', 'Clinic lead');
    await type('milestone-due', '2027-06-01');
    await click('milestone-submit');
    expect(agency.addMilestone).toHaveBeenCalledWith('b1', 'r1', { title: 'Open the doors', owner: 'Clinic lead', dueOn: '2027-06-01' });
  });

  it('posts progress with a link and percent, and refuses a link that is not a web address', async () => {
    const { type, click } = await open(testRecommendationDetail({ status: 'in_progress', can: { plan: true, report: true } }));
    await type('progress-text', 'Half the staff hired');
    await type('progress-link', 'example.org');
    await type('progress-percent', '50');
    await click('progress-submit');
    expect(agency.postProgress).not.toHaveBeenCalled();

    await type('progress-link', 'https://example.org/news');
    await click('progress-submit');
    expect(agency.postProgress).toHaveBeenCalledWith('b1', 'r1', { text: 'Half the staff hired', percentComplete: 50, link: 'https://example.org/news' });
  });

  it('reports the work done with a closing note', async () => {
    const { type, click, text } = await open(testRecommendationDetail({ status: 'in_progress', can: { plan: true, report: true } }));
    await type('report-note', 'All done');
    await click('report-submit');
    expect(agency.reportImplemented).toHaveBeenCalledWith('b1', 'r1', { note: 'All done' });
    expect(text('recommendation-status')).toBe('Reported done. The board will check');
  });
});
