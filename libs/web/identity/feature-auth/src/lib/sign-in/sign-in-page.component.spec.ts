import type { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher } from '@cabinet/web/identity/data-access';
import { setUpAuthPageTestBed } from '../testing/auth-page-test-bed';
import { SignInPageComponent } from './sign-in-page.component';

@Component({ selector: 'cab-test-page', template: '<h1>Signed in</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SignedInPageComponent {}

const session: SessionView = {
  user: { id: 'u1', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: true },
  organizations: [],
  activeOrganization: null,
  permissions: [],
  idleTimeoutSeconds: 900,
  expiresAt: '2030-01-01T00:00:00.000Z',
  csrfToken: 'csrf',
};

describe('SignInPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpAuthPageTestBed([
      { path: 'sign-in', component: SignInPageComponent },
      { path: 'organization/members', component: SignedInPageComponent },
      { path: 'account', component: SignedInPageComponent },
    ]));
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
    jest.restoreAllMocks();
  });

  const page = () => harness.routeNativeElement as HTMLElement;
  const field = (testId: string) => page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);

  function type(testId: string, value: string): void {
    const input = field(testId);
    if (!input) throw new Error(`no field ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('[data-testid="sign-in-submit"]')?.click();
    await harness.fixture.whenStable();
  }

  async function answer(status: number, body: object): Promise<void> {
    backend.expectOne('/api/auth/sign-in').flush(body, { status, statusText: String(status) });
    await harness.fixture.whenStable();
  }

  it('asks for the authenticator code after second_factor_required, and sends it with the same email and password', async () => {
    await harness.navigateByUrl('/sign-in?returnUrl=%2Forganization%2Fmembers', SignInPageComponent);
    expect(field('sign-in-code')).toBeNull();
    type('sign-in-identifier', 'Robin@Example.org ');
    type('sign-in-password', 'a long enough passphrase');

    await submit();
    const first = backend.expectOne('/api/auth/sign-in');
    expect(first.request.body).toEqual({ identifier: 'Robin@Example.org', password: 'a long enough passphrase' });
    first.flush(
      { statusCode: 401, code: 'second_factor_required', message: 'Enter the 6-digit code from your authenticator app.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await harness.fixture.whenStable();

    const code = field('sign-in-code');
    expect(code).not.toBeNull();
    expect(page().querySelector('label[for="' + code?.id + '"]')?.textContent).toContain('Code from your authenticator app');
    expect(document.activeElement).toBe(code);
    expect(field('sign-in-identifier')?.value).toBe('Robin@Example.org ');

    type('sign-in-code', '123456');
    await submit();
    const second = backend.expectOne('/api/auth/sign-in');
    expect(second.request.body).toEqual({ identifier: 'Robin@Example.org', password: 'a long enough passphrase', code: '123456' });
    second.flush(session);
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/organization/members');
  });

  it('says one generic thing for a wrong email, username or password', async () => {
    await harness.navigateByUrl('/sign-in', SignInPageComponent);
    type('sign-in-identifier', 'someone');
    type('sign-in-password', 'wrong');

    await submit();
    await answer(401, { statusCode: 401, code: 'unauthenticated', message: 'The email, username or password is not right.' });

    expect(page().querySelector('[role="alert"]')?.textContent).toContain('The email, username or password is not right.');
    expect(field('sign-in-code')).toBeNull();
  });

  it('explains a sign-out after a time without activity', async () => {
    await harness.navigateByUrl('/sign-in?reason=timeout', SignInPageComponent);

    expect(page().querySelector('[data-testid="sign-in-notice"]')?.textContent).toContain(
      'You were signed out after a time without activity',
    );
  });

  it('does not send the form while a field is empty, and moves focus to it', async () => {
    await harness.navigateByUrl('/sign-in', SignInPageComponent);
    type('sign-in-identifier', 'robin');

    await submit();

    backend.expectNone('/api/auth/sign-in');
    expect(document.activeElement).toBe(field('sign-in-password'));
    expect(page().querySelector('mat-error')?.textContent).toContain('Please fill this in.');
  });
});
