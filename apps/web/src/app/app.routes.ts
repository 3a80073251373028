import type { Routes } from '@angular/router';
import { NotFoundPageComponent } from '@cabinet/web/shell/feature-shell';

/** Route titles are message keys: TranslatedTitleStrategy turns them into the tab title in the reader's language. */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'landing.pageTitle',
    loadComponent: () => import('@cabinet/web/landing/feature-landing').then((m) => m.LandingPageComponent),
  },
  { path: '**', title: 'notFound.pageTitle', component: NotFoundPageComponent },
];
