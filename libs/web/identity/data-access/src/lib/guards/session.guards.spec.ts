import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher } from '../session/idle-watcher';
import { SessionStore } from '../session/session.store';
import { homeAfterSignIn, safeReturnUrl } from '../return-url';
import { ALLOW_DURING_TWO_FACTOR_SETUP, permissionGuard, signedInGuard } from './session.guards';

@Component({ selector: 'cab-test-page', template: '<h1>Page</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class PageComponent {}

@Component({ selector: 'cab-test-no-access', template: '<h1>No access</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class NoAccessComponent {}

const session = (permissions: Permission[], extra: Partial<SessionView> = {}): SessionView => ({
  user: { id: 'u1', displayName: 'Robin', email: null, username: 'robin', locale: 'en', twoFactorEnabled: false },
  organizations: [],
  activeOrganization: null,
  permissions,
  idleTimeoutSeconds: 1800,
  expiresAt: '2030-01-01T00:00:00.000Z',
  csrfToken: 'csrf',
  ...extra,
});

describe('route guards', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'account', component: PageComponent, canActivate: [signedInGuard], data: { [ALLOW_DURING_TWO_FACTOR_SETUP]: true } },
          { path: 'boards', component: PageComponent, canActivate: [signedInGuard] },
          { path: 'organization/members', component: PageComponent, canActivate: [signedInGuard, permissionGuard(Permission.MembersRead)] },
          { path: 'sign-in', component: PageComponent },
          { path: 'no-access', component: NoAccessComponent },
        ]),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => TestBed.inject(IdleWatcher).stop());

  it('sends a signed-out visitor to sign-in, remembering where they were going', async () => {
    const loading = TestBed.inject(SessionStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ code: 'unauthenticated' }, { status: 401, statusText: 'Unauthorized' });
    await loading;

    await harness.navigateByUrl('/account');

    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Faccount');
  });

  it('shows the "no access" page at the same address when the permission is missing', async () => {
    TestBed.inject(SessionStore).set(session([Permission.AccountManage]));

    await harness.navigateByUrl('/organization/members');

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('No access');
    expect(TestBed.inject(Location).path()).toBe('/organization/members');
  });

  it('opens the page when the permission is there', async () => {
    TestBed.inject(SessionStore).set(session([Permission.MembersRead]));

    await harness.navigateByUrl('/organization/members', PageComponent);

    expect(TestBed.inject(Router).url).toBe('/organization/members');
  });

  describe('while the organisation requires two-step sign-in the person has not turned on', () => {
    beforeEach(() => TestBed.inject(SessionStore).set(session([Permission.MembersRead], { twoFactorSetupRequired: true })));

    it.each(['/boards', '/organization/members'])('sends %s to the two-step section of the account page', async (url) => {
      await harness.navigateByUrl(url);

      expect(TestBed.inject(Router).url).toBe('/account#two-factor');
      expect(TestBed.inject(Location).path(true)).toBe('/account#two-factor');
    });

    it('still opens the account page, where it is turned on', async () => {
      await harness.navigateByUrl('/account', PageComponent);

      expect(TestBed.inject(Router).url).toBe('/account');
    });

    it('opens every page again once it is on', async () => {
      TestBed.inject(SessionStore).noteTwoFactor(true);

      await harness.navigateByUrl('/organization/members', PageComponent);

      expect(TestBed.inject(Router).url).toBe('/organization/members');
    });
  });
});

describe('safeReturnUrl', () => {
  it('follows paths inside the app and refuses anything that could leave it', () => {
    expect(safeReturnUrl('/organization/members?tab=2')).toBe('/organization/members?tab=2');
    expect(safeReturnUrl('https://evil.example/')).toBe('/account');
    expect(safeReturnUrl('//evil.example/')).toBe('/account');
    expect(safeReturnUrl('/\\evil.example')).toBe('/account');
    expect(safeReturnUrl('/sign-in?reason=timeout')).toBe('/account');
    expect(safeReturnUrl(undefined)).toBe('/account');
  });
});

describe('homeAfterSignIn', () => {
  it('starts people who may read boards on the boards list, and everyone else on their account', () => {
    expect(homeAfterSignIn(session([Permission.AccountManage, Permission.BoardsRead]))).toBe('/boards');
    expect(homeAfterSignIn(session([Permission.AccountManage, Permission.AuditRead]))).toBe('/account');
    expect(homeAfterSignIn(null)).toBe('/account');
  });
});
