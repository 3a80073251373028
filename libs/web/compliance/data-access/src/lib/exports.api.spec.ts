import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ComplianceExportsApi, exportFileUrl } from './exports.api';
import { testComplianceExport } from './testing/export-fixtures';

describe('ComplianceExportsApi', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks a board’s managers’ exports on the board, and a funder’s on its portfolio, on escaped paths', async () => {
    const api = TestBed.inject(ComplianceExportsApi);
    const input = { kind: 'evidence_pdf', periodFrom: '2027-01-01' } as const;
    const asked = firstValueFrom(api.request('b/1', 'board', input));
    api.request('b1', 'funder', input).subscribe();
    const board = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/boards/b%2F1/compliance/exports');
    expect(board.request.body).toEqual(input);
    board.flush(testComplianceExport());
    backend.expectOne((r) => r.method === 'POST' && r.url === '/api/portfolio/boards/b1/exports').flush(testComplianceExport());
    await expect(asked).resolves.toMatchObject({ status: 'queued' });
  });

  it('lists them from the same places, and downloads a file by its id', () => {
    const api = TestBed.inject(ComplianceExportsApi);
    api.list('b1', 'board').subscribe();
    api.list('b1', 'funder').subscribe();
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/boards/b1/compliance/exports').flush([]);
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/portfolio/boards/b1/exports').flush([]);
    expect(exportFileUrl('e/1')).toBe('/api/compliance/exports/e%2F1/file');
  });
});
