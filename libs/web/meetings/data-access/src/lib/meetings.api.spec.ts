import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CalendarFeedsApi, MeetingsApi } from './meetings.api';

describe('meetings API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('escapes ids in the paths it builds', async () => {
    const answer = firstValueFrom(TestBed.inject(MeetingsApi).cancel('b/1', 'm?2', { scope: 'following', reason: 'Venue closed' }));
    const request = backend.expectOne('/api/boards/b%2F1/meetings/m%3F2/cancel');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ scope: 'following', reason: 'Venue closed' });
    request.flush({ id: 'm?2' });
    await expect(answer).resolves.toEqual({ id: 'm?2' });
  });

  it('schedules with POST on the board and moves a meeting, or it and the later ones, with PATCH', () => {
    const api = TestBed.inject(MeetingsApi);
    api.schedule('b1', { title: 'Board', startsAt: '2027-03-02T18:30', timeZone: 'Europe/Lisbon', durationMinutes: 90, format: 'online', location: null, onlineUrl: 'https://meet.example.org/b', capacity: null, recurrence: 'FREQ=WEEKLY;COUNT=4' }).subscribe();
    api.change('b1', 'm1', { scope: 'following', startsAt: '2027-03-09T19:00', location: 'Library' }).subscribe();
    expect(backend.expectOne('/api/boards/b1/meetings').request.method).toBe('POST');
    const change = backend.expectOne('/api/boards/b1/meetings/m1');
    expect(change.request.method).toBe('PATCH');
    expect(change.request.body).toEqual({ scope: 'following', startsAt: '2027-03-09T19:00', location: 'Library' });
  });

  it('sends the person’s own answer with PUT and reads their meetings across boards', () => {
    const api = TestBed.inject(MeetingsApi);
    api.rsvp('b1', 'm1', { response: 'yes', needs: ['transport'], needsNote: null }).subscribe();
    api.mine().subscribe();
    const rsvp = backend.expectOne('/api/boards/b1/meetings/m1/rsvp');
    expect(rsvp.request.method).toBe('PUT');
    expect(rsvp.request.body).toEqual({ response: 'yes', needs: ['transport'], needsNote: null });
    expect(backend.expectOne('/api/my/meetings').request.method).toBe('GET');
  });

  it('makes a calendar feed with POST and turns it off with DELETE', () => {
    const feeds = TestBed.inject(CalendarFeedsApi);
    feeds.create({ scope: 'member', boardId: null }).subscribe();
    feeds.revoke('f/1').subscribe();
    expect(backend.expectOne('/api/calendar-feeds').request.body).toEqual({ scope: 'member', boardId: null });
    expect(backend.expectOne('/api/calendar-feeds/f%2F1').request.method).toBe('DELETE');
  });
});
