import { Location } from '@angular/common';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router } from '@angular/router';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher } from '@cabinet/web/identity/data-access';
import { QUICK_EXIT_URL } from '@cabinet/web/shell/feature-shell';
import { AppComponent } from './app.component';
import { appConfig } from './app.config';

const ORGANIZATION = { id: 'org-1', name: 'Harbour Outreach', kind: 'service' as const, role: 'member' as const };

function session(permissions: Permission[], extra: Partial<SessionView> = {}): SessionView {
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
    organizations: [ORGANIZATION],
    activeOrganization: ORGANIZATION,
    permissions,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
    ...extra,
  };
}

describe('the web app', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-US');
    TestBed.configureTestingModule({
      providers: [
        ...appConfig.providers,
        provideHttpClientTesting(),
        { provide: QUICK_EXIT_URL, useValue: 'about:blank' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.restoreAllMocks();
  });

  /** The app asks who is signed in before the first page: answer as the API would. */
  function answerSession(view: SessionView | null): void {
    const request = TestBed.inject(HttpTestingController).expectOne('/api/auth/session');
    if (view) request.flush(view);
    else request.flush({ statusCode: 401, code: 'unauthenticated', message: 'Please sign in.' }, { status: 401, statusText: 'Unauthorized' });
  }

  async function open(url: string) {
    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the landing page at the root address, inside the shell', async () => {
    answerSession(null);
    const element = await open('/');

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Have a say in the services you use');
    expect(element.querySelector('[data-testid="quick-exit"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="language-switch"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-sign-in"]')).not.toBeNull();
    expect(document.title).toBe('Community advisory boards that get answers · Cabinet');
  });

  it('shows a page-not-found message for an unknown address', async () => {
    answerSession(null);
    const element = await open('/no/such/page');

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe("We can't find that page");
    expect(document.title).toBe('Page not found · Cabinet');
  });

  it('opens in the language chosen on an earlier visit', async () => {
    localStorage.setItem('cabinet.locale', 'pt');
    answerSession(null);

    const element = await open('/');

    expect(document.documentElement.lang).toBe('pt');
    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Tenha voz nos serviços que usa');
  });

  it('stays signed in across a refresh: the session loads before the first page', async () => {
    answerSession(session([Permission.AccountManage]));

    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl('/account');
    // The page's list of devices is a pending task, so answer it before waiting for a stable page.
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/account/sessions').flush([]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Your account');
    expect(element.querySelector('[data-testid="display-name"]')?.textContent).toBe('Robin');
    expect(document.title).toBe('Your account · Cabinet');
  });

  it('sends a signed-out visitor of a signed-in page to sign in, and remembers the page', async () => {
    answerSession(null);

    const element = await open('/organization/members');

    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Forganization%2Fmembers');
    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Sign in');
  });

  it('explains, at the same address, that a page is not part of the person’s role', async () => {
    answerSession(session([Permission.AccountManage]));

    const element = await open('/organization/members');

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe("You don't have access to this page");
    expect(TestBed.inject(Location).path()).toBe('/organization/members');
    expect(element.querySelector('[data-testid="nav-members"]')).toBeNull();
  });

  it('sends someone whose organisation requires two-step sign-in to turn it on, from any signed-in page', async () => {
    answerSession(session([Permission.AccountManage, Permission.MembersRead], { twoFactorSetupRequired: true }));

    const element = await open('/organization/members');

    expect(TestBed.inject(Router).url).toBe('/account#two-factor');
    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Your account');
    expect(element.querySelector('[data-testid="two-factor-required-notice"]')?.textContent).toContain(
      'Your organisation asks everyone in your role to turn on two-step sign-in before continuing.',
    );
    expect(document.activeElement).toBe(element.querySelector('[data-testid="two-factor-section"]'));
  });
});
