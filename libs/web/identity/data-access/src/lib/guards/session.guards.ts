import { inject } from '@angular/core';
import { type ActivatedRouteSnapshot, type CanActivateFn, RedirectCommand, Router, type UrlTree } from '@angular/router';
import type { Permission, SessionView } from '@cabinet/shared/contracts';
import { homeAfterSignIn } from '../return-url';
import { SessionStore, TWO_FACTOR_SETUP_FRAGMENT, TWO_FACTOR_SETUP_PATH } from '../session/session.store';

/** The page shown, at the address asked for, to someone signed in without the permission a page needs. */
export const NO_ACCESS_PATH = '/no-access';

/**
 * Route data key for the signed-in pages that stay open while the organisation waits for the person
 * to turn on two-step sign-in (the account page, where they do it). Every other signed-in page is
 * closed until then, as the API's routes are.
 */
export const ALLOW_DURING_TWO_FACTOR_SETUP = 'allowDuringTwoFactorSetup';

/** Signed-in pages: anyone else goes to sign-in, and comes back here afterwards. */
export const signedInGuard: CanActivateFn = async (route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  if (!session) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  return twoFactorSetupRedirect(session, route, router) ?? true;
};

/** Sign-in and sign-up pages: someone already signed in goes on to their start page. */
export const signedOutGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const session = await inject(SessionStore).ensureLoaded();
  return session ? router.parseUrl(homeAfterSignIn(session)) : true;
};

/**
 * Pages that need a permission in the active organisation. Without it, a friendly "no access" page
 * shows at the same address (so switching organisation and reloading can still reach the page).
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (route, state) => {
    const router = inject(Router);
    const store = inject(SessionStore);
    const session = await store.ensureLoaded();
    if (!session) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    const setup = twoFactorSetupRedirect(session, route, router);
    if (setup) return setup;
    if (store.can(permission)) return true;
    return new RedirectCommand(router.parseUrl(NO_ACCESS_PATH), { browserUrl: state.url });
  };
}

/** While two-step sign-in must be turned on first: the account page's two-step section, unless this page allows it. */
function twoFactorSetupRedirect(session: SessionView, route: ActivatedRouteSnapshot, router: Router): UrlTree | null {
  if (!session.twoFactorSetupRequired || route.data[ALLOW_DURING_TWO_FACTOR_SETUP] === true) return null;
  return router.createUrlTree([TWO_FACTOR_SETUP_PATH], { fragment: TWO_FACTOR_SETUP_FRAGMENT });
}
