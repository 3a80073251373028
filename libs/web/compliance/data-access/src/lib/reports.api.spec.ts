import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { BoardReportsApi } from './reports.api';
import { testBoardReport } from './testing/report-fixtures';

describe('BoardReportsApi', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists and records a board’s reports on its compliance path, escaped', async () => {
    const api = TestBed.inject(BoardReportsApi);
    const listed = firstValueFrom(api.list('b/1'));
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/boards/b%2F1/compliance/reports').flush([testBoardReport()]);
    await expect(listed).resolves.toEqual([testBoardReport()]);

    const input = { year: 2026, publishedOn: '2027-05-01', exportId: null };
    const recorded = firstValueFrom(api.record('b1', input));
    const request = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/boards/b1/compliance/reports');
    expect(request.request.body).toEqual(input);
    request.flush(testBoardReport());
    await expect(recorded).resolves.toMatchObject({ year: 2026 });
  });
});
