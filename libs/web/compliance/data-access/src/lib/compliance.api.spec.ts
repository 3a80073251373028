import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RulePackInput } from '@cabinet/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { BoardComplianceApi, CompliancePacksApi } from './compliance.api';
import { testCompliancePack } from './testing/compliance-fixtures';

const INPUT: RulePackInput = {
  name: 'Our funder’s rules',
  description: '',
  rules: [{ key: 'meetings', kind: 'meetings_held', title: 'Four meetings a year', params: { min: 4, period: { per: 'year' } }, source: { citation: 'Grant letter, section 3', url: null } }],
};

describe('compliance API clients', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists packs and reads one on its escaped path', async () => {
    const api = TestBed.inject(CompliancePacksApi);
    const list = firstValueFrom(api.list());
    const one = firstValueFrom(api.get('p/1'));
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/compliance/packs').flush([testCompliancePack()]);
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/compliance/packs/p%2F1').flush(testCompliancePack({ id: 'p/1' }));
    await expect(list).resolves.toHaveLength(1);
    await expect(one).resolves.toMatchObject({ id: 'p/1' });
  });

  it('creates a pack with POST and saves a new version with PUT, sending the pack as typed', () => {
    const api = TestBed.inject(CompliancePacksApi);
    api.create(INPUT).subscribe();
    api.update('p1', INPUT).subscribe();
    const create = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/compliance/packs');
    expect(create.request.body).toEqual(INPUT);
    const update = backend.expectOne((r) => r.method === 'PUT' && r.url === '/api/compliance/packs/p1');
    expect(update.request.body).toEqual(INPUT);
  });

  it('reads a board’s current results without a query, and an "as of" view with one', () => {
    const api = TestBed.inject(BoardComplianceApi);
    api.get('b/1').subscribe();
    api.get('b1', '2026-12-31').subscribe();
    const current = backend.expectOne((r) => r.url === '/api/boards/b%2F1/compliance');
    expect(current.request.params.keys()).toEqual([]);
    const asOf = backend.expectOne((r) => r.url === '/api/boards/b1/compliance' && r.params.has('asOf'));
    expect(asOf.request.params.get('asOf')).toBe('2026-12-31');
  });

  it('adds a pack to a board by its id, and removes it with DELETE on its own path', () => {
    const api = TestBed.inject(BoardComplianceApi);
    api.attach('b1', 'p1').subscribe();
    api.remove('b1', 'p/2').subscribe();
    const attach = backend.expectOne('/api/boards/b1/compliance/packs');
    expect(attach.request.method).toBe('POST');
    expect(attach.request.body).toEqual({ packId: 'p1' });
    expect(backend.expectOne('/api/boards/b1/compliance/packs/p%2F2').request.method).toBe('DELETE');
  });
});
