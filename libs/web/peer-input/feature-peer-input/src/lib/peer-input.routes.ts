import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

/**
 * Peer input: the public form (and kiosk) behind a board's link, reading an answer with a claim
 * code, a member's own input, and the organisers' triage queue with the managers' link settings.
 */
export const peerInputRoutes: Routes = [
  {
    // Public: a poster's link, opened without an account. Its secret is the only key.
    path: 'say/:token',
    title: 'peerInput.public.pageTitle',
    loadComponent: () => import('./public-input/public-input-page.component').then((m) => m.PublicInputPageComponent),
  },
  {
    // Public: the claim code travels in a POST body, never in this address.
    path: 'claim',
    title: 'peerInput.claim.pageTitle',
    loadComponent: () => import('./claim/claim-page.component').then((m) => m.ClaimPageComponent),
  },
  {
    path: 'boards/:boardId/input/send',
    title: 'peerInput.send.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./send-input/send-input-page.component').then((m) => m.SendInputPageComponent),
  },
  {
    path: 'boards/:boardId/input',
    title: 'peerInput.triage.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./triage/triage-page.component').then((m) => m.TriagePageComponent),
  },
];
