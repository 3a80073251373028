import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

/**
 * People on a board. Full paths, so they sit beside the boards feature's `boards/:boardId` routes in
 * any order. The profile is also the person's own page: the API decides whether the viewer may see it.
 */
export const boardMembersRoutes: Routes = [
  {
    path: 'boards/:boardId/members/new',
    title: 'boardMembers.add.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsManage)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./add-member/add-member-page.component').then((m) => m.AddMemberPageComponent),
  },
  {
    path: 'boards/:boardId/members/:memberId',
    title: 'boardMembers.profile.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./member-profile/member-profile-page.component').then((m) => m.MemberProfilePageComponent),
  },
  {
    path: 'boards/:boardId/applications',
    title: 'boardMembers.applications.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsManage)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./applications/applications-page.component').then((m) => m.ApplicationsPageComponent),
  },
];
