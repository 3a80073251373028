import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { BoardDetail, Permission, SessionOrganization, SessionView } from '@cabinet/shared/contracts';
import { IdleWatcher, SessionStore, apiInterceptor } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';

/*
 * The test bed of this library's routed pages: a real router and API interceptor in front of a fake backend, in English.
 * Plain functions, no test-runner globals: specs call them from their own beforeEach / afterEach.
 */

export const HARBOUR_OUTREACH: SessionOrganization = { id: 'org-1', name: 'Harbour Outreach', kind: 'service', role: 'service_manager' };

export function testSession(permissions: Permission[], organization = HARBOUR_OUTREACH, user: Partial<SessionView['user']> = {}): SessionView {
  return {
    user: { id: 'me', displayName: 'Robin', email: 'robin@example.org', username: null, locale: 'en', twoFactorEnabled: false, ...user },
    organizations: [organization],
    activeOrganization: organization,
    permissions,
    idleTimeoutSeconds: 900,
    expiresAt: '2030-01-01T00:00:00.000Z',
    csrfToken: 'csrf',
  };
}

export interface PageTestBed {
  harness: RouterTestingHarness;
  backend: HttpTestingController;
}

/** Forgets stored state, configures TestBed for the given routes and starts a router harness (before each test). */
export async function setUpPageTestBed(routes: Routes): Promise<PageTestBed> {
  localStorage.clear();
  sessionStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideRouter(routes, withComponentInputBinding()),
      provideHttpClient(withInterceptors([apiInterceptor])),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  TestBed.inject(I18nService).setLocale('en');
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  return { harness, backend };
}

/** Stops the idle timer a session starts and checks that no request was left unanswered (after each test). */
export function tearDownPageTestBed(): void {
  TestBed.inject(IdleWatcher).stop();
  TestBed.inject(HttpTestingController).verify();
}

/** Signs in, opens url and answers the page's request for board b1 with board; returns the page once rendered. */
export async function openBoardPage(
  { harness, backend }: PageTestBed,
  url: string,
  page: Type<unknown>,
  session: SessionView,
  board: BoardDetail,
  beforeStable: () => Promise<void> = async () => undefined,
): Promise<HTMLElement> {
  TestBed.inject(SessionStore).set(session);
  await harness.navigateByUrl(url, page);
  backend.expectOne('/api/boards/b1').flush(board);
  await beforeStable();
  await harness.fixture.whenStable();
  return harness.routeNativeElement as HTMLElement;
}
