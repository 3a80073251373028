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
  {
    // A funder's grants, or the grants a service organisation accepted. `?recorded=<grant id>` after the form.
    path: 'grants',
    title: 'grants.list.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./grants/grants-page.component').then((m) => m.GrantsPageComponent),
  },
  {
    path: 'grants/new',
    title: 'grants.new.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.GrantsManage)],
    loadComponent: () => import('./grants/new-grant-page.component').then((m) => m.NewGrantPageComponent),
  },
  {
    // From the emailed link: a manager of the service organisation, signed in, answers it. Whether
    // they may is the API's answer, so the page can say which organisation to switch to.
    path: 'grants/accept',
    title: 'grants.accept.pageTitle',
    canActivate: [signedInGuard],
    loadComponent: () => import('./grants/accept-grant-page.component').then((m) => m.AcceptGrantPageComponent),
  },
  {
    path: 'portfolio',
    title: 'portfolio.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./portfolio/portfolio-page.component').then((m) => m.PortfolioPageComponent),
  },
  {
    path: 'portfolio/boards/:boardId',
    title: 'portfolio.board.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.ComplianceRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./portfolio/portfolio-board-page.component').then((m) => m.PortfolioBoardPageComponent),
  },
];
