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
];
