import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MinutesApi, PublicMinutesApi } from './minutes.api';

describe('MinutesApi', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('starts with POST, saves with PATCH and takes each step under the meeting\'s minutes, escaping ids', () => {
    const api = TestBed.inject(MinutesApi);
    api.start('b/1', 'm1').subscribe();
    api.save('b1', 'm1', { body: '## Welcome', version: 1 }).subscribe();
    api.approve('b1', 'm1', { by: 'chair' }).subscribe();
    api.recordSent('b1', 'm1', { sentOn: '2027-04-01', note: null }).subscribe();
    expect(backend.expectOne('/api/boards/b%2F1/meetings/m1/minutes').request.method).toBe('POST');
    const save = backend.expectOne('/api/boards/b1/meetings/m1/minutes');
    expect([save.request.method, save.request.body]).toEqual(['PATCH', { body: '## Welcome', version: 1 }]);
    expect(backend.expectOne('/api/boards/b1/meetings/m1/minutes/approve').request.body).toEqual({ by: 'chair' });
    expect(backend.expectOne('/api/boards/b1/meetings/m1/minutes/sent').request.method).toBe('POST');
  });

  it('asks for the changes between two versions, and links the PDFs in the reader\'s language', () => {
    const api = TestBed.inject(MinutesApi);
    api.diff('b1', 'm1', 2, 3).subscribe();
    expect(backend.expectOne('/api/boards/b1/meetings/m1/minutes/diff?from=2&to=3').request.method).toBe('GET');
    expect(api.pdfUrl('b1', 'm1', 'pt')).toBe('/api/boards/b1/meetings/m1/minutes/pdf?lang=pt');
    expect(TestBed.inject(PublicMinutesApi).pdfUrl('harbour', 'm1', 'es')).toBe('/api/public/boards/harbour/minutes/m1/pdf?lang=es');
  });
});
