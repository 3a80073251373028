import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreateGrantInput } from '@cabinet/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { GrantsApi, PortfolioApi } from './grants.api';
import { testGrant, testGrantPreview, testPortfolio, testPortfolioBoard } from './testing/grant-fixtures';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const INPUT: CreateGrantInput = {
  title: 'HIV care services 2027',
  reference: 'RW-2027-014',
  granteeEmail: 'director@harbour.example',
  startsOn: '2027-01-01',
  endsOn: null,
  boardsNote: '',
  packIds: ['3f0a4b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b'],
};

describe('grant and portfolio API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists grants, records one with the input as typed, and withdraws one on its escaped path', async () => {
    const api = TestBed.inject(GrantsApi);
    const list = firstValueFrom(api.list());
    const created = firstValueFrom(api.create(INPUT));
    api.withdraw('g/1').subscribe();
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/grants').flush([testGrant()]);
    const create = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/grants');
    expect(create.request.body).toEqual(INPUT);
    create.flush(testGrant());
    expect(backend.expectOne('/api/grants/g%2F1/withdraw').request.method).toBe('POST');
    await expect(list).resolves.toHaveLength(1);
    await expect(created).resolves.toMatchObject({ id: 'g1' });
  });

  it('sends the link’s code in the body to preview, accept with boards, and decline', async () => {
    const api = TestBed.inject(GrantsApi);
    const preview = firstValueFrom(api.preview(TOKEN));
    api.accept(TOKEN, ['b1', 'b2']).subscribe();
    api.decline(TOKEN).subscribe();
    const previewRequest = backend.expectOne('/api/grants/preview');
    expect(previewRequest.request.method).toBe('POST');
    expect(previewRequest.request.body).toEqual({ token: TOKEN });
    expect(previewRequest.request.urlWithParams).not.toContain(TOKEN);
    previewRequest.flush(testGrantPreview());
    expect(backend.expectOne('/api/grants/accept').request.body).toEqual({ token: TOKEN, boardIds: ['b1', 'b2'] });
    expect(backend.expectOne('/api/grants/decline').request.body).toEqual({ token: TOKEN });
    await expect(preview).resolves.toMatchObject({ funderName: 'City Health Fund' });
  });

  it('reads the portfolio, and one board’s drill-down on its escaped path', async () => {
    const api = TestBed.inject(PortfolioApi);
    const all = firstValueFrom(api.get());
    const one = firstValueFrom(api.board('b/1'));
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/portfolio').flush(testPortfolio());
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/portfolio/boards/b%2F1').flush(testPortfolioBoard());
    await expect(all).resolves.toMatchObject({ boards: [{ boardId: 'b1' }] });
    await expect(one).resolves.toMatchObject({ boardName: 'Harbour Community Board' });
  });
});
