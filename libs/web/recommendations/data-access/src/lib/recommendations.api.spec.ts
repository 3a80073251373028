import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AgencyResponsesApi, RecommendationSettingsApi, RecommendationsApi } from './recommendations.api';

describe('recommendations API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('escapes ids in the paths it builds', async () => {
    const answer = firstValueFrom(TestBed.inject(RecommendationsApi).send('b/1', 'r?2'));
    const request = backend.expectOne('/api/boards/b%2F1/recommendations/r%3F2/send');
    expect(request.request.method).toBe('POST');
    request.flush({ id: 'r?2' });
    await expect(answer).resolves.toEqual({ id: 'r?2' });
  });

  it('drafts with POST on the board, edits with PATCH, adopts, answers questions and records reviews', () => {
    const api = TestBed.inject(RecommendationsApi);
    api.draft('b1', { title: 'Saturdays', body: 'Open on Saturdays', source: 'direct' }).subscribe();
    api.edit('b1', 'r1', { title: 'Saturday mornings' }).subscribe();
    api.adopt('b1', 'r1', { motionId: 'mo1' }).subscribe();
    api.answerInfo('b1', 'r1', { answer: 'Mornings' }).subscribe();
    api.review('b1', 'r1', { meetingId: 'm1', satisfied: false, reasons: 'Not yet' }).subscribe();
    expect(backend.expectOne('/api/boards/b1/recommendations').request.method).toBe('POST');
    const edit = backend.expectOne('/api/boards/b1/recommendations/r1');
    expect(edit.request.method).toBe('PATCH');
    expect(edit.request.body).toEqual({ title: 'Saturday mornings' });
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/adopt').request.body).toEqual({ motionId: 'mo1' });
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/info-answer').request.body).toEqual({ answer: 'Mornings' });
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/reviews').request.body).toEqual({ meetingId: 'm1', satisfied: false, reasons: 'Not yet' });
  });

  it('asks for the host’s liaisons without an organisation, and a partner’s with one', () => {
    const api = TestBed.inject(RecommendationsApi);
    api.liaisons('b1').subscribe();
    api.liaisons('b1', 'o/2').subscribe();
    expect(backend.expectOne('/api/boards/b1/recommendation-liaisons').request.method).toBe('GET');
    expect(backend.expectOne('/api/boards/b1/recommendation-liaisons?organizationId=o%2F2').request.method).toBe('GET');
  });

  it('sends the agency’s answer, plan, progress and report to their own paths', () => {
    const agency = TestBed.inject(AgencyResponsesApi);
    agency.inbox().subscribe();
    agency.respond('b1', 'r1', { decision: 'declined', reasons: 'No budget' }).subscribe();
    agency.addMilestone('b1', 'r1', { title: 'Hire staff', owner: 'Clinic lead', dueOn: '2027-06-01' }).subscribe();
    agency.completeMilestone('b1', 'r1', 'ms1').subscribe();
    agency.postProgress('b1', 'r1', { text: 'Half done', percentComplete: 50 }).subscribe();
    agency.reportImplemented('b1', 'r1', {}).subscribe();
    expect(backend.expectOne('/api/recommendations/inbox').request.method).toBe('GET');
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/responses').request.body).toEqual({ decision: 'declined', reasons: 'No budget' });
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/milestones').request.method).toBe('POST');
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/milestones/ms1/done').request.method).toBe('POST');
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/progress').request.body).toEqual({ text: 'Half done', percentComplete: 50 });
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/report').request.method).toBe('POST');
  });

  it('reads the board’s answer time with GET and changes it with PUT', () => {
    const settings = TestBed.inject(RecommendationSettingsApi);
    settings.get('b1').subscribe();
    settings.change('b1', { responseDays: 45 }).subscribe();
    expect(backend.expectOne((r) => r.method === 'GET' && r.url === '/api/boards/b1/recommendation-settings')).toBeTruthy();
    const change = backend.expectOne((r) => r.method === 'PUT' && r.url === '/api/boards/b1/recommendation-settings');
    expect(change.request.body).toEqual({ responseDays: 45 });
  });
});
