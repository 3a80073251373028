import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AccountabilityApi } from './accountability.api';

describe('AccountabilityApi', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the period chosen, in the query, on the escaped board path', async () => {
    const answer = firstValueFrom(TestBed.inject(AccountabilityApi).measures('b/1', { from: '2027-01-01', to: '2027-03-31' }));
    const request = backend.expectOne((r) => r.url === '/api/boards/b%2F1/accountability');
    expect(request.request.method).toBe('GET');
    expect([request.request.params.get('from'), request.request.params.get('to')]).toEqual(['2027-01-01', '2027-03-31']);
    request.flush({ boardId: 'b/1' });
    await expect(answer).resolves.toEqual({ boardId: 'b/1' });
  });

  it('leaves the period to the API when none is chosen', () => {
    TestBed.inject(AccountabilityApi).measures('b1').subscribe();
    expect(backend.expectOne('/api/boards/b1/accountability').request.params.keys()).toEqual([]);
  });
});
