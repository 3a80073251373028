import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AgencyResponsesApi, evidenceDownloadUrl, RecommendationsApi } from './recommendations.api';

describe('evidence file API calls', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the file itself as the body, its name in the query and its type from the extension', () => {
    const file = new File(['a,b\n'], 'Visits + notes.CSV', { type: 'application/vnd.ms-excel' });
    TestBed.inject(AgencyResponsesApi).attachEvidence('b1', 'r1', 'p/1', file).subscribe();
    const request = backend.expectOne('/api/boards/b1/recommendations/r1/progress/p%2F1/evidence?name=Visits%20%2B%20notes.CSV');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
  });

  it('keeps the browser’s type for a name without a known extension, for the API to refuse plainly', () => {
    const file = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
    TestBed.inject(AgencyResponsesApi).attachEvidence('b1', 'r1', 'p1', file).subscribe();
    expect(backend.expectOne(() => true).request.headers.get('Content-Type')).toBe('application/x-msdownload');
  });

  it('downloads from a plain link and removes with DELETE on the same path', () => {
    expect(evidenceDownloadUrl('b1', 'r1', 'f?1')).toBe('/api/boards/b1/recommendations/r1/evidence/f%3F1');
    TestBed.inject(RecommendationsApi).removeEvidence('b1', 'r1', 'f1').subscribe();
    expect(backend.expectOne('/api/boards/b1/recommendations/r1/evidence/f1').request.method).toBe('DELETE');
  });
});
