import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, SessionStore, apiInterceptor } from '@cabinet/web/identity/data-access';
import { AccountPageComponent } from './account-page.component';

@Component({ selector: 'cab-test-sign-in', template: '<h1>Sign in</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SignInStubComponent {}

const session: SessionView = {
  user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
  organizations: [],
  activeOrganization: null,
  permissions: [Permission.AccountManage],
  idleTimeoutSeconds: 900,
  expiresAt: '2030-01-01T00:00:00.000Z',
  csrfToken: 'csrf',
};

const SESSIONS = [
  { id: 's1', device: 'Firefox on Android', createdAt: '2026-03-01T10:00:00Z', lastSeenAt: '2026-03-02T10:00:00Z', current: true },
  { id: 's2', device: 'Chrome on Windows', createdAt: '2026-02-01T10:00:00Z', lastSeenAt: '2026-02-03T10:00:00Z', current: false },
];

describe('AccountPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'account', component: AccountPageComponent },
          { path: 'sign-in', component: SignInStubComponent },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).set(session);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/account', AccountPageComponent);
    backend.expectOne('/api/account/sessions').flush(SESSIONS);
    await harness.fixture.whenStable();
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
    jest.restoreAllMocks();
  });

  const sessions = () => [...page.querySelectorAll('[data-testid="account-session"]')];

  it('shows who is signed in and marks this device in words', () => {
    expect(page.querySelector('[data-testid="account-display-name"]')?.textContent).toBe('Robin');
    expect(page.querySelector('[data-testid="account-email"]')?.textContent).toBe('robin@example.org');
    expect(sessions().map((item) => item.querySelector('[data-testid="account-session-current"]')?.textContent?.trim() ?? null)).toEqual([
      'This device',
      null,
    ]);
  });

  it('signs out another device and removes it from the list', async () => {
    const signOutChrome = sessions()[1]?.querySelector<HTMLButtonElement>('[data-testid="account-session-sign-out"]');
    expect(signOutChrome?.getAttribute('aria-label')).toBe('Sign out Chrome on Windows');

    signOutChrome?.click();
    const request = backend.expectOne('/api/account/sessions/s2');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();

    expect(sessions()).toHaveLength(1);
    expect(page.textContent).toContain('Chrome on Windows is signed out.');
  });

  it('signs out everywhere and shows the sign-in page', async () => {
    page.querySelector<HTMLButtonElement>('[data-testid="sign-out-everywhere"]')?.click();
    backend.expectOne('/api/auth/sign-out-everywhere').flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/sign-in?reason=signed-out');
  });

  it('says the email changes only once the link sent to the new address is opened', async () => {
    const type = (testId: string, value: string) => {
      const input = page.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(`no field ${testId}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('change-email-new', 'robin.new@example.org');
    type('change-email-password', 'a long enough passphrase');

    page.querySelector<HTMLButtonElement>('[data-testid="change-email-submit"]')?.click();
    const request = backend.expectOne('/api/account/email');
    expect(request.request.body).toEqual({ newEmail: 'robin.new@example.org', currentPassword: 'a long enough passphrase' });
    request.flush({ status: 'check_email' }, { status: 202, statusText: 'Accepted' });
    await harness.fixture.whenStable();

    expect(page.querySelector('[data-testid="change-email-sent"] [role="status"]')?.textContent?.trim()).toBe(
      'We sent a link to the new address. Your email changes when you open it.',
    );
    expect(page.querySelector('[data-testid="account-email"]')?.textContent).toBe('robin@example.org');
  });
});
