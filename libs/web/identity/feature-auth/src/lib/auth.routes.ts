import type { Routes } from '@angular/router';
import { signedOutGuard } from '@cabinet/web/identity/data-access';

/**
 * The public identity pages. Each page is its own lazy chunk: someone opening an emailed link
 * downloads that page only. Titles are message keys (TranslatedTitleStrategy).
 */
export const authRoutes: Routes = [
  {
    path: 'sign-up',
    title: 'signUp.pageTitle',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-up/sign-up-page.component').then((m) => m.SignUpPageComponent),
  },
  {
    path: 'sign-up/check-email',
    title: 'checkEmail.pageTitle',
    loadComponent: () => import('./sign-up/check-email-page.component').then((m) => m.CheckEmailPageComponent),
  },
  {
    path: 'verify-email',
    title: 'verifyEmail.pageTitle',
    loadComponent: () => import('./verify-email/verify-email-page.component').then((m) => m.VerifyEmailPageComponent),
  },
  {
    // From the link sent to a new address; open whether or not this browser is signed in.
    path: 'confirm-email-change',
    title: 'confirmEmailChange.pageTitle',
    loadComponent: () => import('./confirm-email-change/confirm-email-change-page.component').then((m) => m.ConfirmEmailChangePageComponent),
  },
  {
    path: 'sign-in',
    title: 'signIn.pageTitle',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: 'forgot-password',
    title: 'forgotPassword.pageTitle',
    loadComponent: () => import('./forgot-password/forgot-password-page.component').then((m) => m.ForgotPasswordPageComponent),
  },
  {
    path: 'reset-password',
    title: 'resetPassword.pageTitle',
    loadComponent: () => import('./reset-password/reset-password-page.component').then((m) => m.ResetPasswordPageComponent),
  },
  {
    path: 'invitations/accept',
    title: 'acceptInvitation.pageTitle',
    loadComponent: () => import('./accept-invitation/accept-invitation-page.component').then((m) => m.AcceptInvitationPageComponent),
  },
  {
    path: 'setup',
    title: 'setup.pageTitle',
    loadComponent: () => import('./setup/setup-page.component').then((m) => m.SetupPageComponent),
  },
];
