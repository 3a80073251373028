import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

/**
 * The boards screens. Each page is its own lazy chunk. Pages under a board check `canManage` from
 * the API's answer as well: a board's managers are its host's and partners' managers, not everyone
 * holding `boards.manage` somewhere.
 */
export const boardsRoutes: Routes = [
  {
    path: 'boards',
    title: 'boards.list.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    // Re-check the permission when the person switches organisation and the shell reloads the page.
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./boards-list/boards-list-page.component').then((m) => m.BoardsListPageComponent),
  },
  {
    path: 'boards/new',
    title: 'boards.create.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsManage)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./create-board/create-board-page.component').then((m) => m.CreateBoardPageComponent),
  },
  {
    path: 'boards/:boardId',
    title: 'boards.board.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./board-page/board-page.component').then((m) => m.BoardPageComponent),
  },
  {
    path: 'boards/:boardId/settings',
    title: 'boards.settings.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsManage)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./settings/board-settings-page.component').then((m) => m.BoardSettingsPageComponent),
  },
  {
    // From a partnership link: an administrator of the partner organisation, signed in, accepts it.
    path: 'partnerships/accept',
    title: 'boards.partnership.pageTitle',
    canActivate: [signedInGuard],
    loadComponent: () => import('./accept-partnership/accept-partnership-page.component').then((m) => m.AcceptPartnershipPageComponent),
  },
];
