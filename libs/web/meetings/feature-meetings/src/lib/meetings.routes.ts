import type { Routes } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { permissionGuard, signedInGuard } from '@cabinet/web/identity/data-access';

/**
 * Meetings: a board's list, scheduling, one meeting, and the person's own meetings across boards.
 * Full paths, so they sit beside the boards feature's `boards/:boardId` routes in any order. Who may
 * organise is the API's decision; pages only hide what the viewer cannot do.
 */
export const meetingsRoutes: Routes = [
  {
    // Public: an email's answer link, opened without signing in. Its secret is the only key.
    path: 'rsvp/:token',
    title: 'meetings.rsvpLink.pageTitle',
    loadComponent: () => import('./rsvp-link/rsvp-link-page.component').then((m) => m.RsvpLinkPageComponent),
  },
  {
    path: 'meetings',
    title: 'meetings.mine.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./my-meetings/my-meetings-page.component').then((m) => m.MyMeetingsPageComponent),
  },
  {
    path: 'boards/:boardId/meetings',
    title: 'meetings.list.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./board-meetings/board-meetings-page.component').then((m) => m.BoardMeetingsPageComponent),
  },
  {
    path: 'boards/:boardId/meetings/new',
    title: 'meetings.schedule.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./schedule/schedule-meeting-page.component').then((m) => m.ScheduleMeetingPageComponent),
  },
  {
    path: 'boards/:boardId/meetings/:meetingId',
    title: 'meetings.meeting.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./meeting-page/meeting-page.component').then((m) => m.MeetingPageComponent),
  },
  {
    path: 'boards/:boardId/meetings/:meetingId/minutes',
    title: 'meetings.minutes.pageTitle',
    canActivate: [signedInGuard, permissionGuard(Permission.BoardsRead)],
    runGuardsAndResolvers: 'always',
    loadComponent: () => import('./minutes/minutes-page.component').then((m) => m.MinutesPageComponent),
  },
  // Public: published minutes on a board's public page, no account.
  {
    path: 'join/:slug/minutes/:meetingId',
    title: 'meetings.minutes.public.pageTitle',
    loadComponent: () => import('./minutes/public-minutes-page.component').then((m) => m.PublicMinutesPageComponent),
  },
];
