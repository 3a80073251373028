import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { BoardMembersApi, BoardsApi, PublicBoardsApi } from './boards.api';

describe('boards API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('escapes ids in the paths it builds', async () => {
    const answer = firstValueFrom(TestBed.inject(BoardMembersApi).transition('b/1', 'm?2', { to: 'active' }));
    const request = backend.expectOne('/api/boards/b%2F1/members/m%3F2/transition');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'active' });
    request.flush({ id: 'm?2' });
    await expect(answer).resolves.toEqual({ id: 'm?2' });
  });

  it('sends the partnership token as a query parameter to preview and in the body to accept', () => {
    const api = TestBed.inject(BoardsApi);
    api.previewPartnership('secret token').subscribe();
    api.acceptPartnership('secret token').subscribe();
    expect(backend.expectOne('/api/board-partnerships/preview?token=secret%20token').request.method).toBe('GET');
    expect(backend.expectOne('/api/board-partnerships/accept').request.body).toEqual({ token: 'secret token' });
  });

  it('ends a partnership with DELETE on the partner organisation', () => {
    TestBed.inject(BoardsApi).endPartnership('b1', 'org/2').subscribe();
    expect(backend.expectOne('/api/boards/b1/partners/org%2F2').request.method).toBe('DELETE');
  });

  it('withdraws a consent with DELETE on the attribute', () => {
    TestBed.inject(BoardMembersApi).revokeTag('b1', 'm1', 'youth').subscribe();
    expect(backend.expectOne('/api/boards/b1/members/m1/tags/youth').request.method).toBe('DELETE');
  });

  it('reaches a public board by its web address without signing in', () => {
    TestBed.inject(PublicBoardsApi).apply('harbour-cab', { displayName: 'Kai', email: null, phone: '555 1234', seatTypeId: null, about: '', consent: true, website: '' }).subscribe();
    expect(backend.expectOne('/api/public/boards/harbour-cab/applications').request.method).toBe('POST');
  });
});
