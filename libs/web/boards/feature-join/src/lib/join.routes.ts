import type { Routes } from '@angular/router';

/** Public: no guard, no account. The API limits how often one address may apply. */
export const joinRoutes: Routes = [
  {
    path: 'join/:slug',
    title: 'join.pageTitle',
    loadComponent: () => import('./join-page/join-page.component').then((m) => m.JoinPageComponent),
  },
];
