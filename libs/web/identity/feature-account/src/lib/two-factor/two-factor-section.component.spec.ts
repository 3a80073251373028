import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, SessionStore, apiInterceptor } from '@cabinet/web/identity/data-access';
import { accountRoutes } from '../account.routes';
import { AccountPageComponent } from '../account-page/account-page.component';
import { groupSecret } from './two-factor-section.component';

const ORGANIZATION = { id: 'org-1', name: 'Harbour Outreach', kind: 'service' as const, role: 'admin' as const };
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const OTPAUTH = `otpauth://totp/Cabinet:robin%40example.org?secret=${SECRET}&issuer=Cabinet`;

function session(twoFactorEnabled: boolean, extra: Partial<SessionView> = {}): SessionView {
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled },
    organizations: [ORGANIZATION],
    activeOrganization: ORGANIZATION,
    permissions: [Permission.AccountManage],
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
    ...extra,
  };
}

describe('two-step sign-in on the account page', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    TestBed.configureTestingModule({
      providers: [
        provideRouter(accountRoutes),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
    jest.restoreAllMocks();
  });

  async function open(view: SessionView, url = '/account'): Promise<void> {
    TestBed.inject(SessionStore).set(view);
    await harness.navigateByUrl(url, AccountPageComponent);
    if (!view.twoFactorSetupRequired) backend.expectOne('/api/account/sessions').flush([]);
    await harness.fixture.whenStable();
    page = harness.routeNativeElement as HTMLElement;
  }

  const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => page.querySelector<T>(`[data-testid="${testId}"]`);
  const status = () => byTestId('two-factor-status')?.textContent?.trim();

  function type(testId: string, value: string): void {
    const input = byTestId<HTMLInputElement>(testId);
    if (!input) throw new Error(`no field ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function click(testId: string): Promise<void> {
    const button = byTestId<HTMLButtonElement>(testId);
    if (!button) throw new Error(`no button ${testId}`);
    button.click();
    await harness.fixture.whenStable();
  }

  async function startSetup(): Promise<void> {
    await click('two-factor-turn-on');
    const request = backend.expectOne('/api/account/two-factor/setup');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf');
    request.flush({ secret: SECRET, otpauthUrl: OTPAUTH });
    await harness.fixture.whenStable();
  }

  /** The session reload after a change: answered, then the page settles. */
  async function answerSession(view: SessionView): Promise<void> {
    backend.expectOne('/api/auth/session').flush(view);
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  it('shows the secret in blocks of four with its label and the app link, then turns it on with a code', async () => {
    await open(session(false));
    expect(status()).toBe('Off');
    expect(byTestId('two-factor-section')?.querySelector('h2')?.textContent).toBe('Two-step sign-in');

    await startSetup();

    const secret = byTestId('two-factor-secret');
    expect(secret?.textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    const label = page.querySelector(`#${secret?.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe('Setup key');
    const link = byTestId<HTMLAnchorElement>('two-factor-otpauth-link');
    expect(link?.textContent).toBe('Open in authenticator app');
    expect(link?.getAttribute('href')).toBe(OTPAUTH);
    // No QR image from a third-party service: the secret never leaves the page.
    expect(byTestId('two-factor-section')?.querySelector('img, iframe')).toBeNull();
    expect(document.activeElement).toBe(byTestId('two-factor-setup'));
    const code = byTestId<HTMLInputElement>('two-factor-code');
    expect(page.querySelector(`label[for="${code?.id}"]`)?.textContent).toContain('6-digit code');

    type('two-factor-code', '123456');
    await click('two-factor-confirm');
    const confirm = backend.expectOne('/api/account/two-factor/confirm');
    expect(confirm.request.body).toEqual({ code: '123456' });
    confirm.flush(null, { status: 204, statusText: 'No Content' });
    await answerSession(session(true));
    await harness.fixture.whenStable();

    expect(status()).toBe('On');
    expect(TestBed.inject(SessionStore).session()?.user.twoFactorEnabled).toBe(true);
    expect(byTestId('two-factor-secret')).toBeNull();
    expect(byTestId('two-factor-turn-off')).not.toBeNull();
    expect(byTestId('two-factor-done')?.textContent).toContain('Two-step sign-in is on.');
    expect(document.activeElement).toBe(byTestId('two-factor-section'));
  });

  it('puts a wrong code under the field, announced, and keeps the set-up open', async () => {
    await open(session(false));
    await startSetup();

    type('two-factor-code', '000000');
    await click('two-factor-confirm');
    backend.expectOne('/api/account/two-factor/confirm').flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'code is not right. Codes change every 30 seconds: try the newest one',
        errors: [{ field: 'code', message: 'is not right. Codes change every 30 seconds: try the newest one' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();

    expect(page.querySelector('mat-error')?.textContent).toContain('Is not right. Codes change every 30 seconds: try the newest one');
    expect(page.querySelector('[data-testid="two-factor-confirm-form"] [role="alert"]')?.textContent).toContain('Some answers need attention.');
    expect(document.activeElement).toBe(byTestId('two-factor-code'));
    expect(byTestId('two-factor-secret')).not.toBeNull();
    expect(status()).toBe('Off');
  });

  it('does not send a code that is not six digits', async () => {
    await open(session(false));
    await startSetup();

    type('two-factor-code', '12ab');
    await click('two-factor-confirm');

    backend.expectNone('/api/account/two-factor/confirm');
    expect(page.querySelector('mat-error')?.textContent).toContain('Enter the 6 numbers from your authenticator app.');
  });

  it('turns it off with the password and a code', async () => {
    await open(session(true));
    expect(status()).toBe('On');
    expect(byTestId('two-factor-turn-on')).toBeNull();

    type('two-factor-current-password', 'a long enough passphrase');
    type('two-factor-disable-code', '654321');
    await click('two-factor-turn-off');
    const request = backend.expectOne('/api/account/two-factor/disable');
    expect(request.request.body).toEqual({ currentPassword: 'a long enough passphrase', code: '654321' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await answerSession(session(false));
    await harness.fixture.whenStable();

    expect(status()).toBe('Off');
    expect(byTestId('two-factor-turn-on')).not.toBeNull();
    expect(byTestId('two-factor-done')?.textContent).toContain('Two-step sign-in is off.');
  });

  it("shows the API's reason when an organisation requires it to stay on", async () => {
    await open(session(true));
    type('two-factor-current-password', 'a long enough passphrase');
    type('two-factor-disable-code', '654321');

    await click('two-factor-turn-off');
    backend.expectOne('/api/account/two-factor/disable').flush(
      { statusCode: 422, code: 'validation_failed', message: 'Two-step sign-in stays on: it is required for your role in Harbour Outreach.' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();

    expect(page.querySelector('[data-testid="two-factor-disable-form"] [role="alert"]')?.textContent).toContain(
      'Two-step sign-in stays on: it is required for your role in Harbour Outreach.',
    );
    expect(status()).toBe('On');
  });

  it('puts a wrong password under its field', async () => {
    await open(session(true));
    type('two-factor-current-password', 'not my password');
    type('two-factor-disable-code', '654321');

    await click('two-factor-turn-off');
    backend.expectOne('/api/account/two-factor/disable').flush(
      { statusCode: 422, code: 'validation_failed', message: 'currentPassword is not right', errors: [{ field: 'currentPassword', message: 'is not right' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await harness.fixture.whenStable();

    expect(page.querySelector('mat-error')?.textContent).toContain('Is not right');
    expect(document.activeElement).toBe(byTestId('two-factor-current-password'));
    expect(TestBed.inject(SessionStore).signedIn()).toBe(true);
  });

  describe('when the organisation requires it first', () => {
    it('explains why, takes focus there, and shows nothing the API would refuse', async () => {
      await open(session(false, { twoFactorSetupRequired: true }), '/account#two-factor');

      const notice = byTestId('two-factor-required-notice');
      expect(notice?.textContent).toContain('Your organisation asks everyone in your role to turn on two-step sign-in before continuing.');
      const section = byTestId('two-factor-section');
      expect(document.activeElement).toBe(section);
      expect(section?.getAttribute('aria-describedby')).toBe(notice?.id);
      expect(byTestId('change-password-form')).toBeNull();
      expect(byTestId('account-sessions')).toBeNull();
      backend.expectNone('/api/account/sessions');
    });

    it('lifts the block once the code is confirmed, and brings back the rest of the page', async () => {
      await open(session(false, { twoFactorSetupRequired: true }), '/account#two-factor');
      await startSetup();
      type('two-factor-code', '123456');

      await click('two-factor-confirm');
      backend.expectOne('/api/account/two-factor/confirm').flush(null, { status: 204, statusText: 'No Content' });
      await answerSession(session(true));
      backend.expectOne('/api/account/sessions').flush([]);
      await harness.fixture.whenStable();

      expect(TestBed.inject(SessionStore).twoFactorSetupRequired()).toBe(false);
      expect(byTestId('two-factor-required-notice')).toBeNull();
      expect(status()).toBe('On');
      expect(byTestId('change-password-form')).not.toBeNull();
      expect(byTestId('two-factor-done')?.textContent).toContain('Two-step sign-in is on.');
    });
  });
});

describe('groupSecret', () => {
  it('writes the key in blocks of four, whatever spacing it came with', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('JBSW Y3DP EH')).toBe('JBSW Y3DP EH');
    expect(groupSecret('')).toBe('');
  });
});
