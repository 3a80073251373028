import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PublicOutcomesApi } from './public-outcomes.api';
import { RecommendationsApi } from './recommendations.api';

describe('"you said, we did" API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads a public board’s page by its escaped address', async () => {
    const page = firstValueFrom(TestBed.inject(PublicOutcomesApi).list('harbour/board'));
    const request = backend.expectOne('/api/public/boards/harbour%2Fboard/recommendations');
    expect(request.request.method).toBe('GET');
    request.flush({ boardName: 'Harbour', recommendations: [] });
    await expect(page).resolves.toEqual({ boardName: 'Harbour', recommendations: [] });
  });

  it('sends the claim code in a POST body, never in the address', () => {
    TestBed.inject(PublicOutcomesApi).claimOutcome('K7M2P-X9QRT').subscribe();
    const request = backend.expectOne('/api/claims/outcome');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ code: 'K7M2P-X9QRT' });
    request.flush({ recommendation: null });
  });

  it('publishes and unpublishes with PUT on the recommendation’s publication', () => {
    const api = TestBed.inject(RecommendationsApi);
    api.publish('b1', 'r1', true).subscribe();
    api.publish('b1', 'r/2', false).subscribe();
    const on = backend.expectOne('/api/boards/b1/recommendations/r1/publication');
    expect([on.request.method, on.request.body]).toEqual(['PUT', { published: true }]);
    expect(backend.expectOne('/api/boards/b1/recommendations/r%2F2/publication').request.body).toEqual({ published: false });
  });
});
