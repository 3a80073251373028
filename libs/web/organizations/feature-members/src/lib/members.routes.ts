import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

export const membersRoutes: Routes = [
  {
    path: 'organization/members',
    title: 'members.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.MembersRead)],
    // Re-check the permission when the person switches organisation and the shell reloads the page.
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./members-page/members-page.component').then((m) => m.MembersPageComponent),
  },
];
