import type { Routes } from '@angular/router';
import { boardsRoutes } from '@cabinet/web/boards/feature-boards';
import { joinRoutes } from '@cabinet/web/boards/feature-join';
import { boardMembersRoutes } from '@cabinet/web/boards/feature-members';
import { complianceRoutes } from '@cabinet/web/compliance/feature-compliance';
import { accountRoutes } from '@cabinet/web/identity/feature-account';
import { authRoutes } from '@cabinet/web/identity/feature-auth';
import { meetingsRoutes } from '@cabinet/web/meetings/feature-meetings';
import { membersRoutes } from '@cabinet/web/organizations/feature-members';
import { peerInputRoutes } from '@cabinet/web/peer-input/feature-peer-input';
import { recommendationsRoutes } from '@cabinet/web/recommendations/feature-recommendations';
import { NoAccessPageComponent, NotFoundPageComponent } from '@cabinet/web/shell/feature-shell';

/**
 * Route titles are message keys: TranslatedTitleStrategy turns them into the tab title in the reader's language.
 * Every feature page is lazy: the feature libraries export route tables whose components load on demand.
 */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'landing.pageTitle',
    loadComponent: () => import('@cabinet/web/landing/feature-landing').then((m) => m.LandingPageComponent),
  },
  ...authRoutes,
  ...accountRoutes,
  ...membersRoutes,
  ...boardMembersRoutes,
  ...boardsRoutes,
  ...meetingsRoutes,
  ...recommendationsRoutes,
  ...complianceRoutes,
  ...peerInputRoutes,
  ...joinRoutes,
  // Shown by permissionGuard in place of a page, while the address bar keeps the page asked for; never linked to.
  { path: 'no-access', title: 'noAccess.pageTitle', component: NoAccessPageComponent },
  { path: '**', title: 'notFound.pageTitle', component: NotFoundPageComponent },
];
