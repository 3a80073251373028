import type { Routes } from '@angular/router';
import { ALLOW_DURING_TWO_FACTOR_SETUP, signedInGuard } from '@cabinet/web/identity/data-access';

export const accountRoutes: Routes = [
  {
    path: 'account',
    title: 'account.pageTitle',
    canActivate: [signedInGuard],
    // Where two-step sign-in is turned on: open while the organisation waits for it, as the API's set-up routes are.
    data: { [ALLOW_DURING_TWO_FACTOR_SETUP]: true },
    loadComponent: () => import('./account-page/account-page.component').then((m) => m.AccountPageComponent),
  },
];
