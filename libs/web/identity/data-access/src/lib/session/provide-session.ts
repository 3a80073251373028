import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { SessionStore } from './session.store';

/**
 * Asks who is signed in before the first page shows, so a refresh keeps the person signed in and
 * guards never send a signed-in person to the sign-in page. Pair with `withInterceptors([apiInterceptor])`.
 */
export function provideSession(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(SessionStore).load().then(() => undefined))]);
}
