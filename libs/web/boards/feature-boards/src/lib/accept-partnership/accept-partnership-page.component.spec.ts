import type { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionOrganization } from '@cabinet/shared/contracts';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { setUpPageTestBed, tearDownPageTestBed, testSession } from '../testing/page-test-bed';
import { AcceptPartnershipPageComponent } from './accept-partnership-page.component';

@Component({ selector: 'cab-test-board', template: '<h1>Board</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class BoardStubComponent {}

const PEERS: SessionOrganization = { id: 'org-2', name: 'Peer Voices', kind: 'community', role: 'admin' };
const TOKEN = 'a-partnership-token-of-enough-length';

describe('AcceptPartnershipPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpPageTestBed([
      { path: 'partnerships/accept', component: AcceptPartnershipPageComponent },
      { path: 'boards/:boardId', component: BoardStubComponent },
    ]));
    const kim = { displayName: 'Kim', email: 'kim@example.org', twoFactorEnabled: true };
    TestBed.inject(SessionStore).set(testSession([Permission.BoardsRead, Permission.BoardsManage], PEERS, kim));
  });

  afterEach(() => tearDownPageTestBed());

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (testId: string) => page().querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();

  it('shows the board, its host and the organisation accepting, then opens the board once accepted', async () => {
    await harness.navigateByUrl(`/partnerships/accept?token=${TOKEN}`, AcceptPartnershipPageComponent);
    const preview = backend.expectOne((request) => request.url === '/api/board-partnerships/preview');
    expect(preview.request.params.get('token')).toBe(TOKEN);
    preview.flush({ boardName: 'Harbour Community Board', hostOrganizationName: 'Harbour Outreach', expiresAt: '2026-03-08T10:00:00Z' });
    await harness.fixture.whenStable();

    expect(text('partnership-heading')).toBe('Run Harbour Community Board together');
    expect(text('partnership-host')).toBe('Harbour Outreach');
    expect(text('partnership-organization')).toBe('Peer Voices');

    page().querySelector<HTMLButtonElement>('[data-testid="partnership-accept"]')?.click();
    const accept = backend.expectOne('/api/board-partnerships/accept');
    expect(accept.request.body).toEqual({ token: TOKEN });
    accept.flush({ id: 'b1', name: 'Harbour Community Board', slug: 'harbour-cab', relation: 'partner', hostOrganizationName: 'Harbour Outreach', activeMembers: 0, pending: 0, myStatus: null, canManage: true });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/boards/b1');
  });

  it('says plainly that an expired or revoked link no longer works', async () => {
    await harness.navigateByUrl(`/partnerships/accept?token=${TOKEN}`, AcceptPartnershipPageComponent);
    backend
      .expectOne((request) => request.url === '/api/board-partnerships/preview')
      .flush({ statusCode: 410, code: 'link_expired', message: 'Gone' }, { status: 410, statusText: 'Gone' });
    await harness.fixture.whenStable();

    expect(page().querySelector('h1')?.textContent).toBe('This link no longer works');
    expect(text('link-expired')).toContain('Ask the board’s managers for a new link.');
  });

  it('treats a link without a token as dead, without asking the API', async () => {
    await harness.navigateByUrl('/partnerships/accept', AcceptPartnershipPageComponent);

    expect(text('link-expired')).toContain('It has expired, was revoked or was already used.');
  });
});
