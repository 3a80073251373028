export { meetingsRoutes } from './lib/meetings.routes';
export { PublicMinutesListComponent } from './lib/minutes/public-minutes-list.component';
