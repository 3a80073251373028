import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionView } from '@cabinet/shared/contracts';
import { apiInterceptor } from '../api/api.interceptor';
import { DraftStore } from '../drafts/draft.store';
import { IdleWatcher } from './idle-watcher';
import { SessionStore } from './session.store';

const IDLE_SECONDS = 900;

function sessionFor(userId: string, overrides: Partial<SessionView> = {}): SessionView {
  return {
    user: { id: userId, displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
    organizations: [{ id: 'org-1', name: 'Harbour Outreach', kind: 'service', role: 'service_manager' }],
    activeOrganization: { id: 'org-1', name: 'Harbour Outreach', kind: 'service', role: 'service_manager' },
    permissions: [Permission.MembersRead, Permission.MembersManage],
    idleTimeoutSeconds: IDLE_SECONDS,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: `csrf-${userId}`,
    ...overrides,
  };
}

/** A page with a form that opts into drafts, as the invite form does. */
@Component({ selector: 'cab-drafting-page', template: '<h1>Members</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class DraftingPageComponent {
  readonly form = new FormGroup({ email: new FormControl(''), password: new FormControl('') });
  constructor() {
    inject(DraftStore).keep('invite', this.form);
  }
}

@Component({ selector: 'cab-sign-in-stub', template: '<h1>Sign in</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class SignInStubComponent {}

describe('SessionStore', () => {
  let store: SessionStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'organization/members', component: DraftingPageComponent },
          { path: 'sign-in', component: SignInStubComponent },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(SessionStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    // Ends the idle timers of whichever session a test left behind.
    TestBed.inject(IdleWatcher).stop();
    jest.useRealTimers();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  describe('loading the session', () => {
    it('is signed in when the API knows the session cookie', async () => {
      const loading = store.load();
      backend.expectOne('/api/auth/session').flush(sessionFor('u1'));

      await expect(loading).resolves.toMatchObject({ user: { id: 'u1' } });
      expect(store.signedIn()).toBe(true);
      expect(store.loaded()).toBe(true);
    });

    it('is signed out, not broken, when the API answers 401', async () => {
      const loading = store.load();
      backend
        .expectOne('/api/auth/session')
        .flush({ statusCode: 401, code: 'unauthenticated', message: 'Please sign in.' }, { status: 401, statusText: 'Unauthorized' });

      await expect(loading).resolves.toBeNull();
      expect(store.session()).toBeNull();
      expect(store.loaded()).toBe(true);
    });
  });

  it('answers can() from the permissions of the active organisation', () => {
    store.set(sessionFor('u1', { permissions: [Permission.MembersRead] }));

    expect(store.can(Permission.MembersRead)).toBe(true);
    expect(store.can(Permission.MembersManage)).toBe(false);
  });

  describe('the idle timeout', () => {
    async function openDraftingPage() {
      const harness = await RouterTestingHarness.create();
      const page = await harness.navigateByUrl('/organization/members', DraftingPageComponent);
      return { harness, page };
    }

    async function advanceSeconds(seconds: number) {
      await jest.advanceTimersByTimeAsync(seconds * 1000);
      TestBed.inject(ApplicationRef).tick();
    }

    const warning = () => document.querySelector('[role="alertdialog"]');

    it('warns a minute before the idle sign-out, and not earlier', async () => {
      jest.useFakeTimers();
      store.set(sessionFor('u1'));

      await advanceSeconds(IDLE_SECONDS - 61);
      expect(warning()).toBeNull();

      await advanceSeconds(1);
      expect(warning()?.textContent).toContain('You will be signed out in 60 seconds for your safety. Stay signed in?');
    });

    it('keeps the person signed in when they choose to stay, and restarts the count', async () => {
      jest.useFakeTimers();
      store.set(sessionFor('u1'));
      await advanceSeconds(IDLE_SECONDS - 60);

      document.querySelector<HTMLButtonElement>('[data-testid="idle-stay"]')?.click();
      await advanceSeconds(1);
      const keepAlive = backend.expectOne('/api/auth/keep-alive');
      expect(keepAlive.request.method).toBe('POST');
      keepAlive.flush(null, { status: 204, statusText: 'No Content' });
      await advanceSeconds(120);

      expect(store.signedIn()).toBe(true);
      expect(warning()).toBeNull();
    });

    it('restarts the count on any API answer', async () => {
      jest.useFakeTimers();
      store.set(sessionFor('u1'));
      await advanceSeconds(IDLE_SECONDS - 100);

      // A signed-in page fetching its data:
      TestBed.inject(HttpClient).get('/api/organization/members').subscribe();
      backend.expectOne('/api/organization/members').flush([]);
      await advanceSeconds(IDLE_SECONDS - 61);

      expect(warning()).toBeNull();
      expect(store.signedIn()).toBe(true);
    });

    it('signs out at the end, keeps what was typed (never the password) and brings it back after signing in again', async () => {
      const { harness, page } = await openDraftingPage();
      jest.useFakeTimers();
      store.set(sessionFor('u1'));
      page.form.setValue({ email: 'new.member@example.org', password: 'secret secret' });
      page.form.markAsDirty();

      await advanceSeconds(IDLE_SECONDS);

      backend.expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
      expect(store.signedIn()).toBe(false);
      expect(TestBed.inject(Router).url).toBe('/sign-in?reason=timeout&returnUrl=%2Forganization%2Fmembers');
      const stored = sessionStorage.getItem('cabinet.draft:/organization/members#invite') ?? '';
      expect(JSON.parse(stored)).toEqual({ owner: 'u1', value: { email: 'new.member@example.org' } });

      jest.useRealTimers();
      store.set(sessionFor('u1'));
      const restored = await harness.navigateByUrl('/organization/members', DraftingPageComponent);

      expect(restored.form.getRawValue()).toEqual({ email: 'new.member@example.org', password: '' });
      expect(sessionStorage.getItem('cabinet.draft:/organization/members#invite')).toBeNull();
    });

    it("does not give one person's draft to someone else who signs in on the same device", async () => {
      sessionStorage.setItem('cabinet.draft:/organization/members#invite', JSON.stringify({ owner: 'u1', value: { email: 'private@example.org' } }));
      store.set(sessionFor('u2'));

      const { page } = await openDraftingPage();

      expect(page.form.getRawValue().email).toBe('');
      expect(sessionStorage.getItem('cabinet.draft:/organization/members#invite')).toBeNull();
    });
  });

  it('clears stored drafts when the person signs out', async () => {
    store.set(sessionFor('u1'));
    sessionStorage.setItem('cabinet.draft:/account#change-email', JSON.stringify({ owner: 'u1', value: { newEmail: 'a@example.org' } }));
    localStorage.setItem('cabinet.draft:/old', '{}');
    localStorage.setItem('cabinet.locale', 'pt');

    const signingOut = store.signOut();
    backend.expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
    await signingOut;

    expect(store.signedIn()).toBe(false);
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.getItem('cabinet.draft:/old')).toBeNull();
    expect(localStorage.getItem('cabinet.locale')).toBe('pt');
    expect(TestBed.inject(Router).url).toBe('/sign-in?reason=signed-out');
  });
});
