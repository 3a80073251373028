import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

/**
 * Compliance: a board's standing against its packs, and the packs themselves. Full paths, beside
 * the boards feature's `boards/:boardId` routes; "new" comes before ":packId". Funders read
 * compliance without reading boards, so the board page asks for compliance.read only. Who may see
 * which board is the API's decision.
 */
export const complianceRoutes: Routes = [
  {
    path: 'boards/:boardId/compliance',
    title: 'compliance.board.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./board-compliance/board-compliance-page.component').then((m) => m.BoardCompliancePageComponent),
  },
  {
    path: 'compliance/packs',
    title: 'compliance.packs.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./packs/packs-page.component').then((m) => m.PacksPageComponent),
  },
  {
    // `?copyOf=<pack id>` starts from a copy of that pack.
    path: 'compliance/packs/new',
    title: 'compliance.editor.newPageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceManage)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./pack-editor/pack-editor-page.component').then((m) => m.PackEditorPageComponent),
  },
  {
    path: 'compliance/packs/:packId/edit',
    title: 'compliance.editor.editPageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceManage)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./pack-editor/pack-editor-page.component').then((m) => m.PackEditorPageComponent),
  },
];
