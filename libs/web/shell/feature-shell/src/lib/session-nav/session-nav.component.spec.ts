import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Permission, type SessionOrganization, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, SessionStore, apiInterceptor } from '@cabinet/web/identity/data-access';
import { SessionNavComponent } from './session-nav.component';

@Component({ selector: 'cab-test-page', template: '<h1>Page</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class PageComponent {}

const HARBOUR: SessionOrganization = { id: '11111111-1111-4111-8111-111111111111', name: 'Harbour Outreach', kind: 'service', role: 'admin' };
const PEERS: SessionOrganization = { id: '22222222-2222-4222-8222-222222222222', name: 'Peer Voices', kind: 'community', role: 'member' };
const CITY_FUND: SessionOrganization = { id: '33333333-3333-4333-8333-333333333333', name: 'City Health Fund', kind: 'funder', role: 'funder_auditor' };

function session(active: SessionOrganization, permissions: Permission[]): SessionView {
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
    organizations: [HARBOUR, PEERS],
    activeOrganization: active,
    permissions,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
  };
}

describe('SessionNavComponent', () => {
  let backend: HttpTestingController;
  let store: SessionStore;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'account', component: PageComponent },
          { path: 'sign-in', component: PageComponent },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(SessionStore);
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
    jest.restoreAllMocks();
  });

  async function render() {
    const fixture = TestBed.createComponent(SessionNavComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const testId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    return { fixture, element, testId };
  }

  it('offers sign-in and creating an organisation to someone signed out', async () => {
    const loading = store.load();
    backend.expectOne('/api/auth/session').flush({}, { status: 401, statusText: 'Unauthorized' });
    await loading;

    const { testId } = await render();

    expect(testId('nav-sign-in')?.textContent?.trim()).toBe('Sign in');
    expect(testId('nav-sign-up')?.textContent?.trim()).toBe('Create an organisation');
    expect(testId('sign-out')).toBeNull();
  });

  it('shows the display name, Account, a sign-out button, and Members only with members.read', async () => {
    store.set(session(PEERS, [Permission.AccountManage]));
    const { fixture, testId } = await render();

    expect(testId('display-name')?.textContent).toBe('Robin');
    expect(testId('nav-account')?.getAttribute('href')).toBe('/account');
    expect(testId('sign-out')?.textContent?.trim()).toBe('Sign out');
    expect(testId('nav-members')).toBeNull();

    store.set(session(HARBOUR, [Permission.AccountManage, Permission.MembersRead]));
    await fixture.whenStable();

    expect(testId('nav-members')?.getAttribute('href')).toBe('/organization/members');
  });

  it('shows Boards only to people with boards.read', async () => {
    store.set(session(PEERS, [Permission.AccountManage]));
    const { fixture, testId } = await render();
    expect(testId('nav-boards')).toBeNull();

    store.set(session(HARBOUR, [Permission.AccountManage, Permission.BoardsRead]));
    await fixture.whenStable();

    expect(testId('nav-boards')?.getAttribute('href')).toBe('/boards');
    expect(testId('nav-boards')?.textContent?.trim()).toBe('Boards');
  });

  it('shows Compliance packs only to people who read compliance', async () => {
    store.set(session(HARBOUR, [Permission.AccountManage, Permission.BoardsRead]));
    const { fixture, testId } = await render();
    expect(testId('nav-compliance-packs')).toBeNull();

    store.set(session(HARBOUR, [Permission.AccountManage, Permission.ComplianceRead]));
    await fixture.whenStable();

    expect(testId('nav-compliance-packs')?.getAttribute('href')).toBe('/compliance/packs');
    expect(testId('nav-compliance-packs')?.textContent?.trim()).toBe('Compliance packs');
  });

  it('shows Grants to people who read compliance, and Portfolio only in a funder organisation', async () => {
    store.set(session(HARBOUR, [Permission.AccountManage, Permission.BoardsRead]));
    const { fixture, testId } = await render();
    expect(testId('nav-grants')).toBeNull();

    store.set(session(HARBOUR, [Permission.AccountManage, Permission.ComplianceRead]));
    await fixture.whenStable();
    expect(testId('nav-grants')?.getAttribute('href')).toBe('/grants');
    expect(testId('nav-grants')?.textContent?.trim()).toBe('Grants');
    expect(testId('nav-portfolio')).toBeNull();

    store.set(session(CITY_FUND, [Permission.AccountManage, Permission.ComplianceRead]));
    await fixture.whenStable();
    expect(testId('nav-portfolio')?.getAttribute('href')).toBe('/portfolio');
    expect(testId('nav-portfolio')?.textContent?.trim()).toBe('Portfolio');
    expect(testId('nav-grants')).not.toBeNull();
  });

  it('shows "To answer" to the roles that answer recommendations for their organisation, and not to members', async () => {
    store.set(session({ ...PEERS, role: 'member' }, [Permission.BoardsRead]));
    const { fixture, testId } = await render();
    expect(testId('nav-recommendations')).toBeNull();

    store.set(session({ ...HARBOUR, role: 'agency_liaison' }, [Permission.BoardsRead]));
    await fixture.whenStable();

    expect(testId('nav-recommendations')?.getAttribute('href')).toBe('/recommendations/inbox');
    expect(testId('nav-recommendations')?.textContent?.trim()).toBe('To answer');
  });

  it('switches organisation from a labelled select and reloads the page for it', async () => {
    store.set(session(HARBOUR, [Permission.MembersRead]));
    await TestBed.inject(Router).navigateByUrl('/account');
    const { fixture, element, testId } = await render();
    const select = testId('org-switcher') as HTMLSelectElement;
    expect(element.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Organisation');
    expect([...select.options].map((option) => option.textContent)).toEqual(['Harbour Outreach', 'Peer Voices']);
    expect(select.value).toBe(HARBOUR.id);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');

    select.value = PEERS.id;
    select.dispatchEvent(new Event('change'));
    const request = backend.expectOne('/api/auth/switch-organization');
    expect(request.request.body).toEqual({ organizationId: PEERS.id });
    request.flush(session(PEERS, [Permission.AccountManage]));
    await fixture.whenStable();

    expect(store.activeOrganization()?.id).toBe(PEERS.id);
    expect(navigate).toHaveBeenCalledWith('/account', { onSameUrlNavigation: 'reload' });
  });

  it('signs out, clears drafts and shows the sign-in page', async () => {
    store.set(session(HARBOUR, []));
    sessionStorage.setItem('cabinet.draft:/account#change-email', '{"owner":"me","value":{}}');
    const { fixture, testId } = await render();

    testId('sign-out')?.click();
    backend.expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(store.signedIn()).toBe(false);
    expect(sessionStorage.getItem('cabinet.draft:/account#change-email')).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/sign-in?reason=signed-out');
  });
});
