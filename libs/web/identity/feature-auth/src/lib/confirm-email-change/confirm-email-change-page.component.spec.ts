import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { setUpAuthPageTestBed } from '../testing/auth-page-test-bed';
import { ConfirmEmailChangePageComponent } from './confirm-email-change-page.component';

const TOKEN = 'a-token-that-is-long-enough-1234';

const session = (email: string): SessionView => ({
  user: { id: 'u1', displayName: 'Robin', email, username: null, locale: 'en', twoFactorEnabled: false },
  organizations: [],
  activeOrganization: null,
  permissions: [],
  idleTimeoutSeconds: 900,
  expiresAt: '2030-01-01T00:00:00.000Z',
  csrfToken: 'csrf',
});

describe('ConfirmEmailChangePageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpAuthPageTestBed([{ path: 'confirm-email-change', component: ConfirmEmailChangePageComponent }]));
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
    jest.restoreAllMocks();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const heading = () => page().querySelector('h1')?.textContent;
  const accountLink = () => page().querySelector<HTMLAnchorElement>('[data-testid="email-change-account"]');

  async function open(url: string) {
    await harness.navigateByUrl(url, ConfirmEmailChangePageComponent);
  }

  async function answer(status: number, body: object | null): Promise<void> {
    const request = backend.expectOne('/api/auth/confirm-email-change');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token: TOKEN });
    request.flush(body, { status, statusText: String(status) });
    await harness.fixture.whenStable();
  }

  it('says it is working on the change while the API answers', async () => {
    await open(`/confirm-email-change?token=${TOKEN}`);

    expect(heading()).toBe('Changing your email address');
    expect(page().querySelector('[role="status"]')?.textContent).toBe('Please wait a moment.');
    backend.expectOne('/api/auth/confirm-email-change');
  });

  it('says the email address is changed, with a link to the account page', async () => {
    await open(`/confirm-email-change?token=${TOKEN}`);

    await answer(204, null);

    expect(heading()).toBe('Your email address is changed');
    expect(accountLink()?.textContent).toBe('Go to your account');
    expect(accountLink()?.getAttribute('href')).toBe('/account');
  });

  it('tells the person to ask again from their account page when the link has expired', async () => {
    await open(`/confirm-email-change?token=${TOKEN}`);

    await answer(410, { statusCode: 410, code: 'link_expired', message: 'This link has expired or was already used.' });

    expect(heading()).toBe('This link no longer works');
    expect(page().querySelector('[data-testid="link-expired"]')?.textContent).toContain('Ask for the change again from your account page.');
    expect(accountLink()?.getAttribute('href')).toBe('/account');
  });

  it('shows the expired-link state at once, without asking the API, when the link has no token', async () => {
    await open('/confirm-email-change');

    backend.expectNone('/api/auth/confirm-email-change');
    expect(heading()).toBe('This link no longer works');
  });

  it('explains when the new address was taken by another account in the meantime', async () => {
    await open(`/confirm-email-change?token=${TOKEN}`);

    await answer(409, { statusCode: 409, code: 'conflict', message: 'This email address now belongs to another account.' });

    expect(heading()).toBe('We could not change your email address');
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('This email address now belongs to another account.');
  });

  it('brings a signed-in session up to date with the new address', async () => {
    const store = TestBed.inject(SessionStore);
    store.set(session('old@example.org'));
    await open(`/confirm-email-change?token=${TOKEN}`);

    await answer(204, null);
    backend.expectOne('/api/auth/session').flush(session('new@example.org'));
    await harness.fixture.whenStable();

    expect(store.session()?.user.email).toBe('new@example.org');
    expect(heading()).toBe('Your email address is changed');
  });
});
