import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { type BoardSummary, Permission, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, SessionStore, apiInterceptor } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { BoardsListPageComponent } from './boards-list-page.component';

const ORGANIZATION = { id: 'org-1', name: 'Harbour Outreach', kind: 'service' as const, role: 'service_manager' as const };
const session = (permissions: Permission[]): SessionView => ({
  user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
  organizations: [ORGANIZATION],
  activeOrganization: ORGANIZATION,
  permissions,
  idleTimeoutSeconds: 900,
  expiresAt: '2030-01-01T00:00:00.000Z',
  csrfToken: 'csrf',
});
const BOARDS: BoardSummary[] = [
  { id: 'b1', name: 'Harbour Community Board', slug: 'harbour-cab', relation: 'host', hostOrganizationName: 'Harbour Outreach', activeMembers: 12, pending: 2, myStatus: null, canManage: true },
  { id: 'b2', name: 'Youth Board', slug: 'youth', relation: 'partner', hostOrganizationName: 'City Clinic', activeMembers: 4, pending: 0, myStatus: 'guest', canManage: false },
];

describe('BoardsListPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'boards', component: BoardsListPageComponent }]), provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLocale('en');
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
  });

  async function open(permissions: Permission[], boards: BoardSummary[]): Promise<HTMLElement> {
    TestBed.inject(SessionStore).set(session(permissions));
    await harness.navigateByUrl('/boards', BoardsListPageComponent);
    backend.expectOne('/api/boards').flush(boards);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const texts = (page: HTMLElement, testId: string) => [...page.querySelectorAll(`[data-testid="${testId}"]`)].map((node) => node.textContent?.trim());

  it('lists each board with its host or partner relation, members, pending count for managers and my status', async () => {
    const page = await open([Permission.BoardsRead, Permission.BoardsManage], BOARDS);

    expect(texts(page, 'board-link')).toEqual(['Harbour Community Board', 'Youth Board']);
    expect(page.querySelector('[data-testid="board-link"]')?.getAttribute('href')).toBe('/boards/b1');
    expect(texts(page, 'board-relation')).toEqual(['Hosted by Harbour Outreach', 'Co-owned with City Clinic']);
    expect(texts(page, 'board-active')).toEqual(['Active members: 12', 'Active members: 4']);
    expect(texts(page, 'board-pending')).toEqual(['Waiting for review: 2']);
    expect(texts(page, 'board-my-status')).toEqual(['You: Guest']);
    expect(page.querySelector('[data-testid="boards-new"]')?.getAttribute('href')).toBe('/boards/new');
  });

  it('offers "New board" only with boards.manage, and says where boards will appear when there are none', async () => {
    const page = await open([Permission.BoardsRead], []);

    expect(page.querySelector('[data-testid="boards-new"]')).toBeNull();
    expect(texts(page, 'boards-empty')[0]).toContain('When you join a board, it will show here.');
  });
});
