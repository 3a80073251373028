import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SessionView } from '@cabinet/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { IdleWatcher } from '../session/idle-watcher';
import { SessionStore } from '../session/session.store';
import { ApiError } from './api-error';
import { apiInterceptor } from './api.interceptor';

const session: SessionView = {
  user: { id: 'u1', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false },
  organizations: [],
  activeOrganization: null,
  permissions: [],
  idleTimeoutSeconds: 900,
  expiresAt: '2030-01-01T00:00:00.000Z',
  csrfToken: 'csrf-123',
};

describe('apiInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([{ path: 'sign-in', children: [] }, { path: 'account', children: [] }]), provideHttpClient(withInterceptors([apiInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    backend.verify();
  });

  const signIn = () => TestBed.inject(SessionStore).set(session);

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('adds the X-CSRF-Token header to a %s to the API', (method) => {
    signIn();
    http.request(method, '/api/organization/members/u2', { body: {} }).subscribe();

    const request = backend.expectOne('/api/organization/members/u2');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf-123');
    expect(request.request.withCredentials).toBe(true);
    request.flush({});
  });

  it.each(['GET', 'HEAD', 'OPTIONS'])('does not add the CSRF header to a %s, but still sends credentials', (method) => {
    signIn();
    http.request(method, '/api/account/sessions').subscribe();

    const request = backend.expectOne('/api/account/sessions');
    expect(request.request.headers.has('X-CSRF-Token')).toBe(false);
    expect(request.request.withCredentials).toBe(true);
    request.flush([]);
  });

  it('leaves requests to other addresses alone', () => {
    signIn();
    http.post('https://example.org/collect', {}).subscribe();

    const request = backend.expectOne('https://example.org/collect');
    expect(request.request.headers.has('X-CSRF-Token')).toBe(false);
    expect(request.request.withCredentials).toBe(false);
    request.flush({});
  });

  it('sends no CSRF header when nobody is signed in', () => {
    http.post('/api/auth/sign-in', {}).subscribe({ error: () => undefined });

    const request = backend.expectOne('/api/auth/sign-in');
    expect(request.request.headers.has('X-CSRF-Token')).toBe(false);
    request.flush({});
  });

  it('turns an API error body into a typed ApiError with its field errors and request id', async () => {
    const result = firstValueFrom(http.post('/api/auth/sign-up', {}));

    backend.expectOne('/api/auth/sign-up').flush(
      {
        statusCode: 422,
        code: 'validation_failed',
        message: 'Some fields need attention.',
        errors: [{ field: 'email', message: 'must be an email address such as name@example.org' }],
        requestId: 'req-1',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );

    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'validation_failed',
      requestId: 'req-1',
      fieldErrors: [{ field: 'email', message: 'must be an email address such as name@example.org' }],
    });
  });

  it('reads Retry-After on a 429, and falls back to a code from the status when the body is not JSON', async () => {
    const result = firstValueFrom(http.post('/api/auth/sign-in', {}));

    backend
      .expectOne('/api/auth/sign-in')
      .flush('<html>Slow down</html>', { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '120' } });

    const error = (await result.catch((caught: unknown) => caught)) as ApiError;
    expect(error.code).toBe('too_many_requests');
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.fieldErrors).toEqual([]);
  });

  it('treats a 401 on a signed-in call as the session having ended: signed out, with the timeout reason', async () => {
    signIn();
    http.get('/api/organization/members').subscribe({ error: () => undefined });

    backend
      .expectOne('/api/organization/members')
      .flush({ statusCode: 401, code: 'unauthenticated', message: 'Please sign in.' }, { status: 401, statusText: 'Unauthorized' });

    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(TestBed.inject(Router).url).toMatch(/^\/sign-in\?reason=timeout/);
  });

  it('keeps the session when a 401 is about a password typed in a form', () => {
    signIn();
    http.post('/api/account/erase', { currentPassword: 'wrong' }).subscribe({ error: () => undefined });

    backend
      .expectOne('/api/account/erase')
      .flush({ statusCode: 401, code: 'unauthenticated', message: 'Wrong password.' }, { status: 401, statusText: 'Unauthorized' });

    expect(TestBed.inject(SessionStore).signedIn()).toBe(true);
  });

  it('sends the person to set up two-step sign-in when the API refuses a call until they do', async () => {
    signIn();
    http.get('/api/organization/members').subscribe({ error: () => undefined });

    backend.expectOne('/api/organization/members').flush(
      { statusCode: 403, code: 'second_factor_setup_required', message: 'Your organisation asks you to set up an authenticator app before you continue.' },
      { status: 403, statusText: 'Forbidden' },
    );
    await TestBed.inject(ApplicationRef).whenStable();

    const store = TestBed.inject(SessionStore);
    expect(store.signedIn()).toBe(true);
    expect(store.twoFactorSetupRequired()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/account#two-factor');
  });

  it('leaves the person where they are on any other refusal', async () => {
    signIn();
    http.get('/api/organization/settings').subscribe({ error: () => undefined });

    backend
      .expectOne('/api/organization/settings')
      .flush({ statusCode: 403, code: 'forbidden', message: 'Your role does not allow this.' }, { status: 403, statusText: 'Forbidden' });
    await TestBed.inject(ApplicationRef).whenStable();

    expect(TestBed.inject(SessionStore).twoFactorSetupRequired()).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
