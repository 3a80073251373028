import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { type Routes, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiInterceptor } from '@cabinet/web/identity/data-access';

export interface AuthPageTestBed {
  readonly harness: RouterTestingHarness;
  readonly backend: HttpTestingController;
}

/**
 * The test bed the auth pages' specs share: an English browser with nothing stored, the given routes
 * (with route inputs bound), the API interceptor over a testing backend, and no Material animations.
 */
export async function setUpAuthPageTestBed(routes: Routes): Promise<AuthPageTestBed> {
  localStorage.clear();
  jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  TestBed.configureTestingModule({
    providers: [
      provideRouter(routes, withComponentInputBinding()),
      provideHttpClient(withInterceptors([apiInterceptor])),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  return { harness, backend };
}
