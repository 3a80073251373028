import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

/**
 * Recommendations: a board's list, drafting one, one recommendation, and a liaison's inbox across
 * boards. Full paths, beside the boards feature's `boards/:boardId` routes; "new" comes before
 * ":id". Who may do what is the API's decision; pages only hide what the viewer cannot do.
 */
export const recommendationsRoutes: Routes = [
  {
    // Public: a board's "you said, we did" page, beside its public page (`join/:slug`); no account.
    path: 'join/:slug/you-said-we-did',
    title: 'recommendations.public.pageTitle',
    loadComponent: () => import('./public/you-said-we-did-page.component').then((m) => m.YouSaidWeDidPageComponent),
  },
  {
    path: 'recommendations/inbox',
    title: 'recommendations.inbox.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./inbox/inbox-page.component').then((m) => m.InboxPageComponent),
  },
  {
    path: 'boards/:boardId/recommendations',
    title: 'recommendations.list.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./board-recommendations/board-recommendations-page.component').then((m) => m.BoardRecommendationsPageComponent),
  },
  {
    path: 'boards/:boardId/accountability',
    title: 'recommendations.measures.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./measures/measures-page.component').then((m) => m.MeasuresPageComponent),
  },
  {
    // `?fromInput=<input id>` drafts from input to the board (linked from the input triage screen).
    path: 'boards/:boardId/recommendations/new',
    title: 'recommendations.draft.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./draft/draft-recommendation-page.component').then((m) => m.DraftRecommendationPageComponent),
  },
  {
    path: 'boards/:boardId/recommendations/:id',
    title: 'recommendations.page.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./recommendation-page/recommendation-page.component').then((m) => m.RecommendationPageComponent),
  },
];
